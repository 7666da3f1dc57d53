// The vite configuration of the size measurements: the project's own build (vite.config.ts:
// same target, minifier, template minifier, chunking, define and resolve conditions), with one
// entry and a throw-away output directory, so that each entry is bundled alone as a merchant
// would get it.
import type { InlineConfig } from 'vite';
import { mergeConfig } from 'vite';
import projectConfig from '../../vite.config.ts';

export function sizeBuildConfig(entry: string, name: string, outDir: string): InlineConfig {
  return mergeConfig(projectConfig, {
    configFile: false,
    logLevel: 'silent',
    // The demo pages are not part of any entry.
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      // Source maps attribute the minified bytes to packages; they are never counted.
      sourcemap: true,
      // `formats` stays as in vite.config.ts (arrays would be concatenated by mergeConfig).
      lib: { entry, fileName: () => `${name}.js` },
    },
  } satisfies InlineConfig);
}
