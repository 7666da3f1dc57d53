export { createMemoryAdapter, type MemoryAdapterOptions } from './adapter.js';
export { sampleCategories, sampleProducts } from './sample-catalog.js';
