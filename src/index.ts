import './sql/wasm-dirname.js';
import { run } from './main.js';

await run();
