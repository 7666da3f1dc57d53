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

const sellers = (page: Page) => filters(page).getByRole('group', { name: 'Vendeur' });
const priceGroup = (page: Page) => filters(page).getByRole('group', { name: 'Prix' });
/** The bounds line of the price range: "De 1,07 € à 35,99 € TTC", spaces made plain. */
const priceBounds = async (page: Page) =>
  ((await priceGroup(page).locator('.bounds').textContent()) ?? '').replace(/\s+/g, ' ').trim();

interface ApiPage {
  total: number;
  items: { name: string; rating: { average: number; count: number } | null }[];
  facets: {
    price: { exclTax: { min: number; max: number }; inclTax: { min: number; max: number } };
    specs: { name: string; values: { value: string; count: number }[] }[];
  };
}

/** "1,07 €" as the French page writes minor units of euros. */
const euros = (amount: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(amount / 100)
    .replace(/\s+/g, ' ');

test.describe('sellers, stock, price and specifications', () => {
  test('a seller narrows the results to its count; the server agrees', async ({ page }) => {
    await page.goto('/');
    await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
    const seller = sellers(page).getByRole('radio').nth(2);
    const chosen = await choiceOf(seller);
    await seller.check();
    await expect(summary(page)).toHaveText(products(chosen.count));
    const id = await seller.getAttribute('value');
    await expect.poll(() => urlParam(page, 'seller')).toBe(id);
    const api = await page.request.get(`/api/products?seller=${id}`);
    expect(((await api.json()) as ApiPage).total).toBe(chosen.count);
    // The other sellers keep their counts (a product may have several sellers).
    await expect(sellers(page).getByRole('radio').nth(1)).toBeEnabled();

    // In stock only: the count announced is the count listed.
    const inStock = filters(page).getByRole('checkbox', { name: /^En stock uniquement/ });
    const { count } = await choiceOf(inStock);
    await inStock.check();
    await expect(summary(page)).toHaveText(products(count));
    await expect.poll(() => urlParam(page, 'in-stock')).toBe('1');
  });

  test('a price range typed TTC keeps its products when prices turn HT; the bounds follow', async ({
    page,
  }) => {
    await page.goto('/?category=fournitures-de-bureau');
    const everything = (await (
      await page.request.get('/api/products?category=fournitures-de-bureau&facets=true')
    ).json()) as ApiPage;
    const { exclTax, inclTax } = everything.facets.price;
    await expect
      .poll(() => priceBounds(page))
      .toBe(`De ${euros(inclTax.min)} à ${euros(inclTax.max)} TTC`);

    const min = priceGroup(page).getByRole('textbox', { name: 'Min TTC' });
    const max = priceGroup(page).getByRole('textbox', { name: 'Max TTC' });
    await min.fill('2,50');
    await max.fill('10');
    await max.press('Enter');
    const ranged = (await (
      await page.request.get(
        '/api/products?category=fournitures-de-bureau&priceMin=250&priceMax=1000&priceIncludesTax=true',
      )
    ).json()) as ApiPage;
    expect(ranged.total).toBeGreaterThan(0);
    expect(ranged.total).toBeLessThan(everything.total);
    await expect(summary(page)).toHaveText(products(ranged.total));
    await expect.poll(() => urlParam(page, 'price-tax')).toBe('incl');
    expect([urlParam(page, 'price-min'), urlParam(page, 'price-max')]).toEqual(['2.50', '10.00']);

    await page.locator('vt-tax-toggle').getByText('HT', { exact: true }).click();
    // The bounds of the results, HT now; the range still TTC, and the same products.
    await expect
      .poll(() => priceBounds(page))
      .toBe(`De ${euros(exclTax.min)} à ${euros(exclTax.max)} HT`);
    await expect(max).toHaveValue('10,00');
    await expect(summary(page)).toHaveText(products(ranged.total));
    await expect(page.locator('vt-product-card').first()).toContainText('HT');

    // A minimum above the maximum is said, and nothing changes.
    await min.fill('50');
    await min.press('Enter');
    await expect(priceGroup(page).getByRole('alert')).toHaveText(/Le minimum dépasse le maximum/);
    await expect(summary(page)).toHaveText(products(ranged.total));
  });

  test('a specification value of the category narrows to its count; AND with a second one', async ({
    page,
  }) => {
    await page.goto('/?category=fournitures-de-bureau');
    const api = (await (
      await page.request.get('/api/products?category=fournitures-de-bureau&facets=true')
    ).json()) as ApiPage;
    const [spec] = api.facets.specs;
    const value = spec!.values[0]!;
    const group = filters(page).getByRole('group', { name: spec!.name });
    const radio = group.getByRole('radio', { name: new RegExp(`^${escape(value.value)} \\(`) });
    expect((await choiceOf(radio)).count).toBe(value.count);
    await radio.check();
    await expect(summary(page)).toHaveText(products(value.count));
    await expect.poll(() => urlParam(page, `spec.${spec!.name}`)).toBe(value.value);

    // A second specification counts within the first; choosing a value keeps both (AND).
    const within = (await (
      await page.request.get(
        `/api/products?category=fournitures-de-bureau&facets=true&spec.${encodeURIComponent(spec!.name)}=${encodeURIComponent(value.value)}`,
      )
    ).json()) as ApiPage;
    const other = within.facets.specs.find((s) => s.name !== spec!.name)!;
    const narrower = filters(page)
      .getByRole('group', { name: other.name })
      .getByRole('radio', { name: new RegExp(`^${escape(other.values[0]!.value)} \\(`) });
    const both = await choiceOf(narrower);
    expect(both.count).toBe(other.values[0]!.count);
    expect(both.count).toBeLessThanOrEqual(value.count);
    await narrower.check();
    await expect(summary(page)).toHaveText(products(both.count));
    expect(urlParam(page, `spec.${spec!.name}`)).toBe(value.value);

    // Another category drops the specifications.
    await categories(page)
      .getByRole('radio', { name: /^Toutes les catégories/ })
      .check();
    await expect.poll(() => urlParam(page, `spec.${spec!.name}`)).toBeNull();
    await expect(filters(page).getByRole('group', { name: spec!.name })).toHaveCount(0);
  });

  test('sorting by rating puts the best rated product first', async ({ page }) => {
    await page.goto('/');
    await expect(summary(page)).toHaveText(/^\s*\d+ produits\s*$/);
    await page.locator('vt-catalog').getByLabel('Trier par').selectOption({ label: 'Mieux notés' });
    await expect.poll(() => urlParam(page, 'sort')).toBe('rating');
    const api = (await (
      await page.request.get('/api/products?sort=rating&pageSize=3')
    ).json()) as ApiPage;
    const [best, second] = api.items;
    expect(best!.rating!.average).toBeGreaterThanOrEqual(second!.rating?.average ?? 0);
    const cards = page.locator('vt-product-card h3');
    await expect(cards.first()).toHaveText(best!.name);
    await expect(cards.nth(1)).toHaveText(second!.name);
  });
});
