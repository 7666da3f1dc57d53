import { expect, test, type Page } from '@playwright/test';

/** The cart id the widgets saved for this origin's API. */
async function savedCartId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('vitrine:cart:') && !k.endsWith(':revision'),
    );
    return key ? (localStorage.getItem(key) ?? '') : '';
  });
}

async function search(page: Page, text: string) {
  await page.getByRole('combobox', { name: 'Rechercher' }).fill(text);
  await expect(page.getByRole('status').filter({ hasText: `pour « ${text} »` })).toBeVisible();
}

/** Adds the first product of the results that can be added; returns its name. */
async function addFirstAvailable(page: Page): Promise<string> {
  const card = page.locator('vt-product-card').filter({
    has: page.getByRole('button', { name: 'Ajouter au panier', disabled: false }),
  });
  const first = card.first();
  const name = (await first.locator('h3').textContent()) ?? '';
  await first.getByRole('button', { name: 'Ajouter au panier' }).click();
  await expect(first.getByText('Ajouté à votre panier')).toBeVisible();
  return name.trim();
}

test.describe('B2C shop embedded in a CMS page', () => {
  test('search, add two products, change a quantity, reload: the cart is still there', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Nos produits' })).toBeVisible();
    await expect(page.locator('vt-catalog [part=summary]')).toHaveText(/^\s*\d+ produits\s*$/);

    await search(page, 'cahier');
    const notebook = await addFirstAvailable(page);
    await search(page, 'café en grains');
    const coffee = await addFirstAvailable(page);

    const cartButton = page.locator('vt-cart-button').getByRole('button');
    await expect(cartButton).toHaveAccessibleName('Panier, 2 articles');

    await cartButton.click();
    const drawer = page.getByRole('dialog', { name: 'Panier' });
    await expect(drawer).toBeVisible();
    await expect(drawer.locator('[part=line]')).toHaveCount(2);
    await drawer.getByRole('button', { name: `Augmenter la quantité de ${notebook}` }).click();
    await expect(cartButton).toHaveAccessibleName('Panier, 3 articles');
    await expect(drawer.getByRole('spinbutton', { name: `Quantité de ${notebook}` })).toHaveValue(
      '2',
    );

    // What the drawer shows is what the server computed.
    const cartId = await savedCartId(page);
    const server = await (await page.request.get(`/api/carts/${cartId}`)).json();
    const euros = (amount: number) =>
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(amount / 100);
    await expect(drawer.getByRole('row', { name: 'Total TTC' })).toContainText(
      euros(server.totals.inclTax.amount),
    );
    await expect(drawer.getByRole('row', { name: 'Total HT' })).toContainText(
      euros(server.totals.exclTax.amount),
    );

    await page.reload();
    await expect(cartButton).toHaveAccessibleName('Panier, 3 articles');
    await cartButton.click();
    await expect(drawer.locator('[part=line]')).toHaveCount(2);
    await expect(drawer.getByRole('spinbutton', { name: `Quantité de ${notebook}` })).toHaveValue(
      '2',
    );
    await expect(drawer.getByRole('spinbutton', { name: `Quantité de ${coffee}` })).toHaveValue(
      '1',
    );
  });

  test('search, category and page live in the URL: back returns to the previous results, links can be shared', async ({
    page,
  }) => {
    await page.goto('/');
    await search(page, 'stylo');
    await expect(page).toHaveURL(/[?&]q=stylo/);
    await page
      .locator('vt-catalog')
      .getByRole('combobox', { name: 'Trier par' })
      .selectOption('price-asc');
    await expect(page).toHaveURL(/[?&]sort=price-asc/);
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(
      page.locator('vt-catalog').getByRole('combobox', { name: 'Trier par' }),
    ).toHaveValue('relevance');
    const shared = await page.context().newPage();
    await shared.goto('/?q=cahier&sort=price-desc');
    await expect(shared.locator('vt-catalog [part=summary]')).toContainText('pour « cahier »');
    await expect(shared.getByRole('combobox', { name: 'Rechercher' })).toHaveValue('cahier');
  });

  test('a second tab shows the same cart, and follows its changes', async ({ page, context }) => {
    await page.goto('/');
    await search(page, 'stylo');
    await addFirstAvailable(page);
    const other = await context.newPage();
    await other.goto('/');
    const otherButton = other.locator('vt-cart-button').getByRole('button');
    await expect(otherButton).toHaveAccessibleName('Panier, 1 article');
    await search(page, 'classeur');
    await addFirstAvailable(page);
    await expect(otherButton).toHaveAccessibleName('Panier, 2 articles');
  });

  test('switches to English with the host page, numbers included', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'EN' }).click();
    await expect(page.locator('vt-catalog [part=summary]')).toHaveText(/^\s*\d+ products\s*$/);
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
    await expect(page.locator('vt-product-card [part=primary]').first()).toHaveText(
      /^\s*€[\d,]+\.\d\d\s+incl\. VAT\s*$/,
    );
  });

  test('professionals see a dense table, prices excl. VAT first, and order a quantity in one step', async ({
    page,
  }) => {
    await page.goto('/pro.html');
    // A dense table of rows: SKU, seller, price HT with TTC beside it, quantity, add.
    const row = page.locator('vt-product-row').filter({ hasText: 'En stock' }).first();
    await expect(row).toContainText(/VT-\d+/);
    const price = row.locator('[part=price]');
    await expect(price.locator('[part=primary]')).toContainText(/HT\s*$/);
    await expect(price.locator('[part=secondary]')).toContainText(/TTC\s*$/);
    await row.getByRole('spinbutton').fill('24');
    await row.getByRole('button', { name: /^Ajouter .* au panier$/ }).click();
    await expect(page.locator('vt-cart-button').getByRole('button')).toHaveAccessibleName(
      'Panier, 24 articles',
    );
  });

  test('a server failure shows a message with a retry, and the retry recovers', async ({
    page,
  }) => {
    let fail = true;
    await page.route('**/api/products?*', (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: '{"error":{"code":"internal","message":"down"}}',
          })
        : route.continue(),
    );
    await page.goto('/');
    const alert = page.locator('vt-catalog').getByRole('alert');
    await expect(alert).toContainText('La boutique a rencontré un problème');
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.locator('vt-catalog [part=summary]')).toHaveText(/^\s*\d+ produits\s*$/);
    await expect(alert).toHaveCount(0);
  });

  test('a malformed answer is reported, never shown as a price of 0 or NaN', async ({ page }) => {
    await page.route('**/api/products?*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.items[0].bestOffer.price.amount = '12.50';
      await route.fulfill({ response, json: body });
    });
    await page.goto('/');
    const catalog = page.locator('vt-catalog');
    await expect(catalog.getByRole('alert')).toContainText('réponse illisible');
    await expect(catalog).not.toContainText('NaN');
    await expect(catalog.locator('vt-product-card')).toHaveCount(0);
  });

  test('the host page CSS does not reach into the widgets', async ({ page }) => {
    await page.goto('/');
    const add = page
      .locator('vt-product-card')
      .first()
      .getByRole('button', { name: 'Ajouter au panier' });
    await expect(add).toBeVisible();
    // The host styles every <button> in upper case with a double border; ours keep their own look.
    await expect(add).toHaveCSS('text-transform', 'none');
    await expect(add).not.toHaveCSS('border-top-style', 'double');
    const hostButton = await page.evaluate(() => {
      const probe = document.createElement('button');
      document.body.append(probe);
      const style = getComputedStyle(probe).textTransform;
      probe.remove();
      return style;
    });
    expect(hostButton).toBe('uppercase');
  });
});
