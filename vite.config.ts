import { defineConfig } from 'vite';

/**
 * Builds the CDN embed (`vitrine.js`, with the French catalogue as a lazy chunk) into dist/demo,
 * next to a copy of the demo pages, so that the reference server can serve the whole demo.
 */
export default defineConfig({
  publicDir: 'demo',
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
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
