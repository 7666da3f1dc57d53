export { createMemoryAdapter, type MemoryAdapterOptions } from './adapter.js';
export { sampleCategories, sampleProducts } from './sample-catalog.js';
export { type MemoryMembership, type MemoryPersona } from './accounts.js';
export { samplePersonas } from './sample-personas.js';
