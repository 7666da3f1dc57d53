import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The search field of the demo pages (French, as they are). */
const searchField = (page: Page) =>
  page.locator('vt-catalog').getByRole('combobox', { name: 'Rechercher' });
const suggestions = (page: Page) => page.locator('vt-catalog').getByRole('listbox');
const summary = (page: Page) => page.locator('vt-catalog [part=summary]');
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

interface FacetValue {
  value: string;
  label: string;
  count: number;
}
interface Suggestions {
  products: { id: string; name: string }[];
  categories: FacetValue[];
  brands: FacetValue[];
}

/** What the reference server suggests for a text: what the page must show. */
async function suggested(page: Page, text: string): Promise<Suggestions> {
  const reply = await page.request.get(`/api/suggestions?q=${encodeURIComponent(text)}`);
  expect(reply.ok()).toBe(true);
  return (await reply.json()) as Suggestions;
}

test.describe('search suggestions', () => {
  test('type, go down to a category with the arrows, Enter: the search narrows to it, in the URL too', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
    const expected = await suggested(page, 'noir');
    // "noir" is in several categories on the demo seed: the first is what the test picks.
    const category = expected.categories[0]!;
    expect(expected.products.length).toBeGreaterThan(0);

    await searchField(page).pressSequentially('noir', { delay: 40 });
    await expect(suggestions(page)).toBeVisible();
    await expect(searchField(page)).toHaveAttribute('aria-expanded', 'true');
    const options = suggestions(page).getByRole('option');
    await expect(options).toHaveCount(
      expected.products.length + expected.categories.length + expected.brands.length,
    );
    await expect(options.first()).toContainText(expected.products[0]!.name);
    // The groups name the text they answer: these are the suggestions for the whole word.
    await expect(options.nth(expected.products.length)).toContainText('« noir »');

    // Past the products, the first category.
    for (let i = 0; i <= expected.products.length; i++) await page.keyboard.press('ArrowDown');
    const active = suggestions(page).getByRole('option', { selected: true });
    await expect(active).toHaveText(`« noir » dans ${category.label} ${category.count}`);
    await page.keyboard.press('Enter');

    await expect(suggestions(page)).toBeHidden();
    await expect(searchField(page)).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => urlParam(page, 'category')).toBe(category.value);
    expect(urlParam(page, 'q')).toBe('noir');
    // As many results as the suggestion said, and the API lists the same.
    const count = category.count;
    await expect(summary(page)).toHaveText(
      new RegExp(`^\\s*${count} produits? pour « noir »\\s*$`),
    );
    await expect(page.locator('vt-product-card')).toHaveCount(Math.min(count, 12));
    const api = await page.request.get(
      `/api/products?q=noir&category=${encodeURIComponent(category.value)}`,
    );
    expect((await api.json()).total).toBe(count);
    // The choice survives a reload, through the URL.
    await page.reload();
    await expect(summary(page)).toHaveText(
      new RegExp(`^\\s*${count} produits? pour « noir »\\s*$`),
    );
  });

  test('a brand picked with the mouse filters by it; Enter with no option searches as before', async ({
    page,
  }) => {
    await page.goto('/pro.html');
    await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
    const brand = (await suggested(page, 'stylo')).brands[0]!;

    await searchField(page).pressSequentially('stylo', { delay: 40 });
    await suggestions(page)
      .getByRole('option', { name: `« stylo » de la marque ${brand.label}` })
      .click();
    await expect.poll(() => urlParam(page, 'brand')).toBe(brand.value);
    await expect(summary(page)).toHaveText(
      new RegExp(`^\\s*${brand.count} produits? pour « stylo »\\s*$`),
    );
    const rows = page.locator('vt-product-row');
    await expect(rows).toHaveCount(brand.count);
    for (const row of await rows.all()) await expect(row).toContainText(brand.label);

    await searchField(page).fill('cahier');
    await expect(suggestions(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(suggestions(page)).toBeHidden();
    await expect(summary(page)).toContainText('pour « cahier »');
  });

  test('picking a suggested product opens its page', async ({ page }) => {
    await page.goto('/');
    const [product] = (await suggested(page, 'chocolat noir')).products;
    await searchField(page).pressSequentially('chocolat noir', { delay: 30 });
    // The suggestions for the whole text (those for its first letters may show a moment before).
    await expect(suggestions(page).getByRole('option').first()).toContainText(product!.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`product\\.html\\?id=${product!.id}$`));
    await expect(page.locator('vt-product').getByRole('heading', { level: 2 })).toHaveText(
      product!.name,
    );
  });

  test('Escape and a click elsewhere close them; open, they pass the WCAG 2.1 AA checks', async ({
    page,
  }) => {
    await page.goto('/');
    await searchField(page).pressSequentially('café', { delay: 40 });
    await expect(suggestions(page)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('vt-catalog')
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(suggestions(page)).toBeHidden();
    await expect(searchField(page)).toHaveValue('café');
    await page.keyboard.press('ArrowDown');
    await expect(suggestions(page)).toBeVisible();
    await page.getByRole('heading', { name: 'Nos produits' }).click();
    await expect(suggestions(page)).toBeHidden();
  });
});
