/**
 * Whether text output is coloured: `--no-color` always wins; then FORCE_COLOR (any value but
 * 0 or false turns colours on, even into a pipe or a CI log, and 0 or false turns them off),
 * which takes precedence over NO_COLOR as in Node itself; then NO_COLOR (set and not empty);
 * else colours only on a terminal.
 */
export function useColor(flag: boolean, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR) return false;
  return isTTY;
}
