import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The filters of the page (French, as the demo pages are). */
const filters = (page: Page) => page.locator('vt-facets').getByRole('region', { name: 'Filtres' });
const brands = (page: Page) => filters(page).getByRole('group', { name: 'Marque' });
const categories = (page: Page) => filters(page).getByRole('group', { name: 'Catégorie' });
const summary = (page: Page) => page.locator('vt-catalog [part=summary]');

/** "Maison Colombe (13)" → its name and its count, as the page shows them. */
async function choiceOf(radio: Locator): Promise<{ name: string; count: number }> {
  const label = (await radio.locator('xpath=..').textContent())!.replace(/\s+/g, ' ').trim();
  const match = /^(.+) \((\d[\d\s\u202f]*)\)$/.exec(label);
  if (!match) throw new Error(`No count in "${label}"`);
  return { name: match[1]!, count: Number(match[2]!.replace(/\D/g, '')) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** "13 produits" (or "1 produit") for a count. */
const products = (count: number) => new RegExp(`^\\s*${count} produits?\\s*$`);

test.describe('filters beside the catalog', () => {
  test('a brand narrows the results to its count, stays in the URL and through a reload; clearing restores everything', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
    const everything = (await summary(page).textContent())!.trim();
    await expect(brands(page).getByRole('radio', { name: 'Toutes les marques' })).toBeChecked();

    // The short list shows the brands with most products; the last of the 20 counted is
    // behind "Voir tout".
    await brands(page)
      .getByRole('button', { name: /^Voir tout/ })
      .click();
    const last = brands(page).getByRole('radio').last();
    const brand = await choiceOf(last);
    await last.check();

    await expect(summary(page)).toHaveText(products(brand.count));
    await expect.poll(() => urlParam(page, 'brand')).toBe(brand.name);
    // Every card is the brand's, as many as the count (one page of 12 at most).
    const cards = page.locator('vt-product-card');
    await expect(cards).toHaveCount(Math.min(brand.count, 12));
    for (const card of await cards.all()) await expect(card).toContainText(brand.name);
    // The server agrees: the same filter on the API gives the same total.
    const api = await page.request.get(`/api/products?brand=${encodeURIComponent(brand.name)}`);
    expect((await api.json()).total).toBe(brand.count);

    await page.reload();
    await expect(summary(page)).toHaveText(products(brand.count));
    await expect(
      brands(page).getByRole('radio', { name: new RegExp(`^${escape(brand.name)} \\(`) }),
    ).toBeChecked();

    await filters(page).getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(summary(page)).toHaveText(everything);
    await expect(page).not.toHaveURL(/brand=/);
    await expect(brands(page).getByRole('radio', { name: 'Toutes les marques' })).toBeChecked();
    await expect(filters(page).getByRole('button', { name: 'Effacer les filtres' })).toBeDisabled();
  });

  test('professionals combine a category and a brand; each facet counts with the other filter', async ({
    page,
  }) => {
    await page.goto('/pro.html');
    await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
    const category = categories(page).getByRole('radio').nth(1);
    const chosenCategory = await choiceOf(category);
    await category.check();
    await expect(summary(page)).toHaveText(products(chosenCategory.count));

    // Brands are now counted within the category: their counts add up to its products.
    const showAll = brands(page).getByRole('button', { name: /^Voir tout/ });
    if (await showAll.isVisible()) await showAll.click();
    const brandRadios = (await brands(page).getByRole('radio').all()).slice(1);
    const counted = await Promise.all(brandRadios.map(choiceOf));
    expect(counted.reduce((sum, choice) => sum + choice.count, 0)).toBe(chosenCategory.count);

    const brand = counted[0]!;
    await brandRadios[0]!.check();
    await expect(summary(page)).toHaveText(products(brand.count));
    await expect(page.locator('vt-product-row')).toHaveCount(Math.min(brand.count, 12));
    // The category keeps a count within the brand: here every one of the results.
    await expect(category).toBeChecked();
    expect((await choiceOf(category)).count).toBe(brand.count);
    expect(urlParam(page, 'brand')).toBe(brand.name);
    expect(urlParam(page, 'category')).not.toBeNull();

    // Back returns to the category alone.
    await page.goBack();
    await expect.poll(() => urlParam(page, 'brand')).toBeNull();
    await expect(summary(page)).toHaveText(products(chosenCategory.count));
    await expect(brands(page).getByRole('radio', { name: 'Toutes les marques' })).toBeChecked();
  });

  test('on a phone the choices open from a "Filtres" button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const toggle = filters(page).getByRole('button', { name: 'Filtres', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(brands(page)).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const first = brands(page).getByRole('radio').nth(1);
    const brand = await choiceOf(first);
    await first.check();
    await expect(summary(page)).toHaveText(products(brand.count));
  });

  test('has no WCAG 2.1 AA violation', async ({ page }) => {
    await page.goto('/?category=livres');
    await expect(brands(page).getByRole('radio').nth(1)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('vt-facets')
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
