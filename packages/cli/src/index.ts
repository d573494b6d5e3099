export type { CliIo } from './io';
export { EXIT } from './io';
export { main } from './main';
