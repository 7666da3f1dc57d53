import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mts';

/**
 * Builds the CDN embed (`vitrine.js`, with the French catalogue as a lazy chunk) into dist/demo,
 * next to a copy of the demo pages, so that the reference server can serve the whole demo.
 *
 * Everything a page needs at once is one file: the code that the entry and its lazy chunks
 * share stays in `vitrine.js` (which may export it to them) instead of being split into small
 * shared chunks that each cost a request and compress worse apart. (A small entry loading each
 * element as a chunk of its own was measured: Lighthouse's Total Blocking Time and Time to
 * Interactive were worse, the round trip to the chunks costing more than the shorter tasks saved.)
 */
export default defineConfig({
  publicDir: 'demo',
  // Removes the line breaks and indentation inside html`` and css`` templates, which the JS
  // minifier keeps as written.
  plugins: [minifyTemplates()],
  resolve: { conditions: ['browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    sourcemap: true,
    lib: {
      entry: 'packages/elements/src/embed.ts',
      formats: ['es'],
      fileName: () => 'vitrine.js',
    },
    rollupOptions: {
      // The entry may export more than embed.ts does: what its lazy chunks import from it.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Every module the entry loads statically goes into one chunk, which is the entry's.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
});
