import { createMemoryAdapter, sampleProducts } from '@vitrine/adapter-memory';
import { runConformance } from '../src/index.js';

const unused: typeof fetch = () => Promise.reject(new Error('the memory adapter fetches nothing'));

runConformance({
  name: 'memory adapter on the sample catalog',
  fetch: unused,
  createAdapter: () => createMemoryAdapter({ products: sampleProducts }),
  skip: {
    // It holds its data in memory: there is no network to fail.
    errors: 'the memory adapter makes no requests',
  },
});
