import { join, resolve } from 'node:path';

/**
 * squawk, the peer the parity suite and the benchmark compare against. The project depends on
 * squawk's linux-x64 binary package directly: the registry these machines reach carries no
 * other platform package, so depending on the `squawk-cli` wrapper breaks `npm ci`.
 */
export const squawkBin = join(resolve(__dirname, '../..'), 'node_modules/@squawk-cli/linux-x64/bin/squawk');
