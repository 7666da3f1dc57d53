import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the Vitrine elements. Workspace packages export their TypeScript sources, so
 * nothing is built first. `npm run storybook` / `npm run build-storybook` regenerate
 * custom-elements.json; the preview reads it for the docs tables and controls.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The machine is offline but for the npm registry: telemetry would make every build wait.
  core: { disableTelemetry: true },
  // Every component gets a generated docs page (the `autodocs` tag is set in preview.ts).
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Storybook merges the root vite.config.ts, which builds the CDN embed with `demo/` as its
    // public directory: copied into storybook-static, the demo's index.html would replace
    // Storybook's own.
    publicDir: false,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // The web-components renderer imports this lit module, which the dev server would
      // otherwise serve unbundled next to the pre-bundled lit: two copies of lit on the page.
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
