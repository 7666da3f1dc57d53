import { expect, test, type Page } from '@playwright/test';

/*
 * A product that comes in sizes, on the reference server's seed: "Baskets de sécurité S3
 * basses" (p-0265), 9 sizes. Prices and stock are read from the API, never assumed.
 */
const SHOES = 'Baskets de sécurité S3 basses';

interface Offer {
  id: string;
  seller: { name: string };
  price: { amount: number };
  stock: number;
  variantId: string | null;
}
interface Detail {
  id: string;
  vatRate: number;
  offers: Offer[];
  variants: { id: string; name: string; options: { name: string; value: string }[] }[];
}

/** What the page should show for a size: its cheapest offer in stock, else its cheapest. */
function offerOfSize(product: Detail, size: string): Offer {
  const variant = product.variants.find((v) => v.options[0]!.value === size)!;
  const offers = product.offers.filter((o) => o.variantId === variant.id);
  return [...offers].sort(
    (a, b) => Number(b.stock > 0) - Number(a.stock > 0) || a.price.amount - b.price.amount,
  )[0]!;
}

/**
 * The TTC amount shown first in the B2C shop, without the currency: HT + VAT rounded half-up,
 * e.g. 5 499 + 5 499 × 20 % = 5 499 + 1 099,8 → 5 499 + 1 100 = 6 599 → "65,99".
 */
function ttc(amountExcl: number, vatRate: number): string {
  const incl = amountExcl + Math.floor((amountExcl * vatRate + 5_000) / 10_000);
  return `${Math.floor(incl / 100)},${String(incl % 100).padStart(2, '0')}`;
}

const size = (page: Page, value: string) =>
  page.locator('vt-product [part=variants]').getByRole('radio', { name: value, exact: true });

test('a product with sizes: choose a size, see its price and stock, add it, the cart names it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('baskets');
  await page.keyboard.press('Enter');
  const card = page.locator('vt-product-card').filter({ hasText: SHOES });
  await expect(card).toHaveCount(1);
  // The card cannot know which size: it leads to the product page instead of adding one.
  await expect(card.getByRole('button', { name: 'Ajouter au panier' })).toHaveCount(0);
  // Its price is the cheapest size's: a starting price, with no seller of one size.
  await expect(card).toContainText('À partir de');
  await expect(card).not.toContainText('Vendu par');
  const choose = card.getByRole('link', { name: 'Choisir les options' });
  await expect(choose).toBeVisible();
  await choose.click();
  await expect(page).toHaveURL(/product\.html\?id=p-\d+/);

  const id = new URL(page.url()).searchParams.get('id')!;
  const product = (await (await page.request.get(`/api/products/${id}`)).json()) as Detail;
  const vt = page.locator('vt-product');
  await expect(vt.getByRole('heading', { level: 2 })).toHaveText(SHOES);

  // The picker offers every size the API lists, in its order.
  const picker = vt.locator('[part=variants]');
  await expect(picker.getByRole('group', { name: 'Pointure' })).toBeVisible();
  await expect(picker.getByRole('radio')).toHaveCount(product.variants.length);
  const sizes = product.variants.map((v) => v.options[0]!.value);
  expect(sizes).toEqual(['38', '39', '40', '41', '42', '43', '44', '45', '46']);

  const price = vt.locator('.summary vt-price [part=primary]').first();
  const stock = vt.locator('.summary .stock');
  const add = vt.getByRole('button', { name: 'Ajouter au panier' });

  // Size 45 costs more than 42 (the API says so), and both are in stock.
  const offer42 = offerOfSize(product, '42');
  const offer45 = offerOfSize(product, '45');
  expect(offer45.price.amount).toBeGreaterThan(offer42.price.amount);
  await size(page, '45').check();
  await expect(price).toContainText(ttc(offer45.price.amount, product.vatRate));
  await expect(stock).toContainText('En stock');
  await expect(vt.getByText('Réf. VT-10265-45')).toBeVisible();
  await size(page, '42').check();
  await expect(price).toContainText(ttc(offer42.price.amount, product.vatRate));
  await expect(add).toBeEnabled();

  // Size 46 is out of stock at every seller: it cannot be added.
  const offer46 = offerOfSize(product, '46');
  expect(offer46.stock).toBe(0);
  // Marked before it is chosen, so the buyer need not try it to find out.
  await size(page, '46 (épuisé)').check();
  await expect(stock).toHaveText('Rupture de stock');
  await expect(add).toBeDisabled();

  await size(page, '42').check();
  await expect(stock).toContainText('En stock');
  await expect(vt.getByText(`Vendu par ${offer42.seller.name}`).first()).toBeVisible();
  await add.click();
  await expect(vt.getByText('Ajouté à votre panier')).toBeVisible();

  const cartButton = page.locator('vt-cart-button').getByRole('button');
  await expect(cartButton).toHaveAccessibleName('Panier, 1 article');
  await cartButton.click();
  const line = page.getByRole('dialog', { name: 'Panier' }).locator('[part=line]');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(`${SHOES} · Pointure 42`);
  await expect(line).toContainText(`Vendu par ${offer42.seller.name}`);
});

test('a size that exists only with other choices moves them along (chair: no red lot of 4)', async ({
  page,
}) => {
  const found = await (await page.request.get('/api/products?q=chaise%20visiteur')).json();
  const chair = found.items.find((p: { name: string }) => p.name === 'Chaise visiteur empilable');
  await page.goto(`/product.html?id=${chair.id}`);
  const vt = page.locator('vt-product');
  const colours = vt.getByRole('group', { name: 'Couleur' });
  const packs = vt.getByRole('group', { name: 'Conditionnement' });
  await colours.getByRole('radio', { name: 'Anthracite' }).check();
  await packs.getByRole('radio', { name: 'Lot de 4' }).check();
  await expect(vt.getByText('Réf. VT-10268-ANT-4')).toBeVisible();
  // Red comes one chair at a time: choosing it moves the pack to "À l’unité".
  await colours.getByRole('radio', { name: /Rouge brique/ }).check();
  await expect(packs.getByRole('radio', { name: /À l’unité/ })).toBeChecked();
  await expect(vt.getByText('Réf. VT-10268-ROU-1')).toBeVisible();
});

test('on the trade page, a variant’s SKU finds its product, whose row leads to the sizes', async ({
  page,
}) => {
  interface Summary {
    id: string;
    name: string;
    bestOffer: { price: { amount: number } };
  }
  // What the server lists for the SKU of size 42: the page must show the same.
  const found = (await (await page.request.get('/api/products?q=VT-10265-42')).json()) as {
    items: Summary[];
  };
  expect(found.items.map((p) => p.name)).toEqual([SHOES]);
  const best = found.items[0]!.bestOffer.price.amount;

  await page.goto('/pro.html');
  await page
    .locator('vt-catalog')
    .getByRole('combobox', { name: 'Rechercher' })
    .fill('VT-10265-42');
  await page.keyboard.press('Enter');
  const rows = page.locator('vt-product-row');
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toContainText(SHOES);
  // The row cannot know which size: no quantity, no Add, the lowest price as a starting price
  // (HT first on the trade page), e.g. 5 009 → "À partir de 50,09 € HT".
  await expect(row.getByRole('spinbutton')).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Ajouter/ })).toHaveCount(0);
  const euros = `${Math.floor(best / 100)},${String(best % 100).padStart(2, '0')}`;
  await expect(
    row.getByRole('cell', { name: new RegExp(`^À partir de ${euros}\\s€ HT`) }),
  ).toBeVisible();

  const choose = row.getByRole('link', { name: `Choisir les options de ${SHOES}` });
  await expect(choose).toHaveText('Choisir les options');
  await choose.click();
  await expect(page).toHaveURL(new RegExp(`product\\.html\\?id=${found.items[0]!.id}$`));
  const vt = page.locator('vt-product');
  await expect(vt.getByRole('heading', { level: 2 })).toHaveText(SHOES);
  await expect(vt.locator('[part=variants]').getByRole('radio')).toHaveCount(9);
});
