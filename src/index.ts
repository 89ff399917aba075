// tiki2md as a library (package.json `main`): the whole-site run the `convert` command makes,
// its configuration, and one page body's conversion (what `render` does).

export { CONFIG_FILE, loadConfig, parseConfig, type Config, type ConfigInput } from './config.js';
export { runConvert, type Progress, type RunOptions, type RunResult } from './pipeline.js';
export { convertTikiBody, type ConvertedBody } from './convert-page.js';
export { limitHeapGrowth } from './heap-growth.js';
