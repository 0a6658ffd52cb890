/**
 * pg decides when it loads whether it runs in a Cloudflare Worker. Without a `navigator` global
 * (Node before 21) it builds a fetch `Response` to tell, and touching `Response` loads Node's
 * whole fetch implementation (undici): some 25 ms of every `pgmig test` start-up, for nothing.
 * A Node.js navigator, as Node 21 and later have, answers the question at once. It exists only
 * while pg loads (see pg-loaded.ts): nothing else sees it.
 */
const defined = typeof (globalThis as { navigator?: unknown }).navigator === 'undefined';
if (defined) {
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
    configurable: true,
    writable: true,
  });
}

/** Removes the navigator again, if this module defined it. */
export function removeNavigator(): void {
  if (defined) delete (globalThis as { navigator?: unknown }).navigator;
}
