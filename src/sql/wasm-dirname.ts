import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// libpg-query's loader is CommonJS and finds libpg-query.wasm through __dirname. Inside the
// ESM bundle that name does not exist, so give it the bundle's folder (the build copies the
// .wasm there). Outside a bundle the loader has its own __dirname and this is unused.
const g = globalThis as { __dirname?: string };
g.__dirname ??= dirname(fileURLToPath(import.meta.url));
