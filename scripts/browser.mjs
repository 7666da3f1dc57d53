// Shared Chromium launch settings for every browser-driven tool in the repository
// (@web/test-runner, Playwright, Lighthouse). Nothing here downloads a browser: the system
// Chromium is used, and CHROME_PATH points at another binary when needed.

/** Path of the Chromium binary; `CHROME_PATH` overrides the Debian default. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium quiet and stable in containers and on CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Options for Playwright's `chromium.launch()` (and `launchOptions` in its config). */
export const launchOptions = {
  executablePath: chromiumPath,
  args: chromiumArgs,
};
