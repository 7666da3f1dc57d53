export { createReferenceAdapter, type ReferenceAdapterOptions } from './adapter.js';
