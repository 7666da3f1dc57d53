import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const summary = (page: Page) => page.locator('vt-catalog [part=summary]');
const rows = (page: Page) => page.locator('vt-catalog vt-product-row');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface ProductPage {
  total: number;
  items: { id: string; name: string }[];
}

test('the trade page scrolls through every product in one list, loading them as they come into view', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const asked: URLSearchParams[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/products') asked.push(url.searchParams);
  });

  await page.goto('/pro.html');
  await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
  const total = Number((await summary(page).textContent())!.replace(/\D/g, ''));
  await page.getByRole('radio', { name: 'Tout faire défiler' }).check();

  const table = page.locator('vt-catalog').getByRole('table', { name: 'Produits' });
  // Every product and the head row, counted for assistive technology.
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  await expect(page.locator('vt-catalog [part=pagination]')).toHaveCount(0);
  await expect(summary(page)).toHaveText(`${total} produits`);
  // 100 products a request, the most the server sends.
  await expect.poll(() => asked.at(-1)?.get('pageSize')).toBe('100');
  // Only the rows in view are drawn: none while the list is still below the fold.
  await table.evaluate((element) => element.scrollIntoView());
  await expect(rows(page).first()).toBeVisible();
  const shown = await rows(page).count();
  expect(shown).toBeLessThan(40);

  // To the end, as with the scrollbar: the last page loads, the rows on the way do not. The
  // rows not drawn yet have an estimated height, so the end moves as they come: drag again.
  const lastPage = Math.ceil(total / 100);
  const api = await page.request.get(`/api/products?pageSize=100&page=${lastPage}`);
  const last = ((await api.json()) as ProductPage).items.at(-1)!;
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const row = rows(page).last();
      const text = await row.evaluate((element) => element.shadowRoot?.textContent ?? '');
      return `${await row.getAttribute('aria-rowindex')} ${text}`;
    })
    .toMatch(new RegExp(`^${total + 1} .*${escape(last.name)}`));
  const pages = asked.filter((p) => p.get('pageSize') === '100').map((p) => p.get('page'));
  expect(pages).toContain(String(lastPage));
  expect(await rows(page).count()).toBeLessThan(40);

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('vt-catalog')
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Back to pages: 12 a page again, from the first.
  await page.getByRole('radio', { name: 'Par pages' }).check();
  await expect(page.locator('vt-catalog [part=pagination]')).toContainText(
    `Page 1 sur ${Math.ceil(total / 12)}`,
  );
  expect(errors).toEqual([]);
});
