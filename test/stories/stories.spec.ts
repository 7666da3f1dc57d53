// Stories as tests: every story of the built Storybook must render without errors and show at
// least one `vt-*` element with rendered shadow content. Stories opt out with the `!test` tag.
//
// Each worker keeps one preview page open and switches stories the way the Storybook UI does
// (the `setCurrentStory` channel event), which is several times faster than loading the preview
// for every story. After a failure the next story starts from a fresh page, and
// VT_STORIES_RELOAD=1 loads a fresh page for every story.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
  __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void };
}

const indexFile = fileURLToPath(new URL('../../storybook-static/index.json', import.meta.url));
const alwaysReload = !!process.env.VT_STORIES_RELOAD;

/** Console errors that say nothing about the stories themselves. */
const IGNORED_CONSOLE_ERRORS: RegExp[] = [/favicon\.ico/];

function readStories(): IndexEntry[] | undefined {
  if (!existsSync(indexFile)) return undefined;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    entries?: Record<string, IndexEntry>;
  };
  return Object.values(index.entries ?? {}).filter(
    (entry) => entry.type === 'story' && (!entry.tags || entry.tags.includes('test')),
  );
}

/** One preview page per worker; `loaded` says the next story may reuse it. */
interface PreviewPage {
  page: Page;
  loaded: boolean;
}

const test = base.extend<object, { preview: PreviewPage }>({
  preview: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const preview = { page: await context.newPage(), loaded: false };
      await use(preview);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const stories = readStories();

if (!stories) {
  test('Storybook is built', () => {
    throw new Error(
      `${indexFile} does not exist: run \`npm run build-storybook\` before the stories tests.`,
    );
  });
} else if (stories.length === 0) {
  test('Storybook has stories', () => {
    throw new Error(`${indexFile} lists no stories to test.`);
  });
} else {
  for (const story of stories) {
    test(`${story.title} › ${story.name}`, async ({ preview }) => {
      test.info().annotations.push({ type: 'story', description: story.id });
      const { page } = preview;
      const errors: string[] = [];
      const stopCollecting = collectErrors(page, errors);
      // Until this story passes, the page is not trusted for the next one.
      const reuse = preview.loaded && !alwaysReload;
      preview.loaded = false;
      try {
        await showStory(page, story.id, reuse);

        const shown = await page.evaluate(() => ({
          error: document.body.classList.contains('sb-show-errordisplay'),
          message: document.getElementById('error-message')?.textContent?.trim() ?? '',
          stack: document.getElementById('error-stack')?.textContent?.trim() ?? '',
        }));
        expect(
          shown.error,
          `story ${story.id} shows an error: ${shown.message}\n${shown.stack}`,
        ).toBe(false);

        await expect
          .poll(() => renderedElements(page), {
            message: `story ${story.id} renders a vt-* element with shadow content`,
            timeout: 5_000,
          })
          .toBeGreaterThan(0);

        expect(errors, `errors while rendering ${story.id}`).toEqual([]);
        preview.loaded = true;
      } finally {
        stopCollecting();
      }
    });
  }
}

function collectErrors(page: Page, errors: string[]): () => void {
  const onPageError = (error: Error) => errors.push(`pageerror: ${error.stack ?? error.message}`);
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const where = message.location().url;
    if (IGNORED_CONSOLE_ERRORS.some((pattern) => pattern.test(text) || pattern.test(where))) {
      return;
    }
    errors.push(`console.error: ${text}${where ? ` (${where})` : ''}`);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  return () => {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
  };
}

/** Renders the story (switching in place when `reuse`) and waits until Storybook has finished. */
async function showStory(page: Page, storyId: string, reuse: boolean): Promise<void> {
  if (reuse) {
    await page.evaluate((id) => {
      const channel = (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) throw new Error('the Storybook channel is not available');
      channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    }, storyId);
  } else {
    await page.goto(`/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`);
  }
  await page.waitForFunction(
    (id) => {
      const preview = (window as PreviewWindow).__STORYBOOK_PREVIEW__;
      const render = preview?.currentRender;
      if (render?.id === id) return render.phase === 'finished' || render.phase === 'aborted';
      // A story that cannot even be loaded shows the error display without a render of its own
      // (a page is only reused after a story passed, so the display is not a leftover).
      return !!preview && document.body.classList.contains('sb-show-errordisplay');
    },
    storyId,
    { timeout: 15_000 },
  );
}

/** How many `vt-*` elements in the story root show an element or text in their shadow root. */
function renderedElements(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.getElementById('storybook-root');
    if (!root) return 0;
    const ignored = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK']);
    return [...root.querySelectorAll('*')].filter((element) => {
      if (!element.tagName.startsWith('VT-') || !element.shadowRoot) return false;
      return [...element.shadowRoot.childNodes].some((node) =>
        node.nodeType === Node.ELEMENT_NODE
          ? !ignored.has((node as Element).tagName)
          : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
    }).length;
  });
}
