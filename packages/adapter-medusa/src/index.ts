export { createMedusaAdapter, type MedusaAdapterOptions } from './adapter.js';
