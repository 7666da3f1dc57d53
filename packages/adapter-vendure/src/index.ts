export { createVendureAdapter } from './adapter.js';
export type { VendureAdapterOptions } from './options.js';
