// Component tests: `packages/*/src/**/*.test.ts`, next to the components they test, run in
// Chromium through Playwright. Node-side tests (`packages/*/test/`) are run by node:test instead.
//
//   npx wtr                                   all component tests
//   npx wtr "packages/elements/src/price/*.test.ts"   a subset
//   npx wtr --watch                           re-run on change
//
// Every file under the repository root is served at its own path (e.g. `/test/fixtures/x.json`),
// so tests can fetch fixtures and images with plain URLs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { launchOptions } from './scripts/browser.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Counts tests per result and writes them as JSON to $VT_WTR_RESULTS (used by scripts/test.mjs).
 * A test file that failed without a failing test (import error, 404, timeout, crash) counts as
 * one failed test, so broken files are never silently dropped from the total.
 */
function countsReporter(outputFile) {
  function count(sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
    const walk = (suite) => {
      for (const test of suite?.tests ?? []) {
        if (test.skipped) counts.skipped += 1;
        else if (test.passed) counts.passed += 1;
        else counts.failed += 1;
      }
      for (const child of suite?.suites ?? []) walk(child);
    };
    for (const session of sessions) {
      const failedBefore = counts.failed;
      walk(session.testResults);
      if (session.passed !== true && counts.failed === failedBefore) {
        counts.failed += 1;
        counts.fileErrors += 1;
      }
    }
    return counts;
  }
  const write = ({ sessions }) => {
    if (outputFile) writeFileSync(outputFile, JSON.stringify(count(sessions)));
  };
  return { onTestRunFinished: write, stop: write };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    // tsconfig.wtr.json has no `extends`: the esbuild plugin reads the file raw.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}tsconfig.wtr.json` }),
  ],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions })],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  // Generous: on a loaded CI machine a first render (a lazy chunk, a catalogue indexed) can take
  // seconds. Waits end as soon as what they wait for is there; only a failure waits this long.
  testFramework: { config: { timeout: 15_000 } },
  // nanostores reads process.env.NODE_ENV, which only a bundler would define. Lit's one-off
  // "dev mode" notice is silenced; its other development warnings still show.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>
      window.process = { env: { NODE_ENV: 'development' } };
      window.litIssuedWarnings = new Set(['dev-mode']);
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countsReporter(process.env.VT_WTR_RESULTS)],
};
