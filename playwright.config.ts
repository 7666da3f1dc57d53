// Browser tests run by Playwright, in the system Chromium (see scripts/browser.mjs).
//
//   npx playwright test --project=e2e       journeys on the built demo + reference server
//   npx playwright test --project=stories   every story of the built Storybook renders
//
// e2e needs `npm run build` (dist/demo) first; stories need `npm run build-storybook`.
// Only the web servers of the selected projects are started.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

// Override when another checkout on the same machine already uses these ports.
const E2E_PORT = Number(process.env.E2E_PORT ?? 8788);
const STORIES_PORT = Number(process.env.STORIES_PORT ?? 6007);

/** Project names given with `--project` (all projects when none is given). */
function selectedProjects(argv: readonly string[]): string[] {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--project') names.push(argv[i + 1] ?? '');
    else if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
  });
  return names.flatMap((name) => name.split(',')).filter(Boolean);
}

const selected = selectedProjects(process.argv);
const wants = (project: string) =>
  selected.length === 0 ||
  selected.some((name) => new RegExp(`^${name.replaceAll('*', '.*')}$`, 'i').test(project));

export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    // scripts/test.mjs reads the counts from here (PLAYWRIGHT_JSON_OUTPUT_FILE overrides it).
    ['json', { outputFile: 'test-results/playwright.json' }],
  ],
  use: {
    browserName: 'chromium',
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'test/e2e',
      outputDir: 'test-results/e2e',
      use: { baseURL: `http://127.0.0.1:${E2E_PORT}` },
    },
    {
      name: 'stories',
      testDir: 'test/stories',
      outputDir: 'test-results/stories',
      // One spec file generates a test per story: spread them over the workers.
      fullyParallel: true,
      use: { baseURL: `http://127.0.0.1:${STORIES_PORT}` },
    },
  ],
  webServer: [
    ...(wants('e2e')
      ? [
          {
            name: 'server',
            command: 'node --import tsx packages/server/src/main.ts',
            cwd: root,
            env: {
              PORT: String(E2E_PORT),
              DATA_DIR: 'memory',
              STATIC_DIR: `${root}dist/demo`,
            },
            url: `http://127.0.0.1:${E2E_PORT}/api/health`,
            reuseExistingServer: false,
            timeout: 60_000,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(wants('stories')
      ? [
          {
            name: 'storybook',
            command: `node scripts/serve-static.mjs --dir storybook-static --port ${STORIES_PORT}`,
            cwd: root,
            url: `http://127.0.0.1:${STORIES_PORT}/__health`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
