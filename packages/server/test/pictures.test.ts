import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DRAWINGS, type Subject } from '../src/images/drawings/index.js';
import { CATEGORY_PALETTES } from '../src/images/palettes.js';
import { productSvg } from '../src/images/svg.js';
import { pictureSubject, subjectByName } from '../src/images/subjects.js';
import { PRODUCT_VIEWS } from '../src/images/views.js';
import { referenceCatalog } from '../src/seed/reference-catalog.js';

const catalog = referenceCatalog();
const slugOf = new Map(catalog.categories.map((category) => [category.id, category.slug]));
const products = catalog.products.map((product) => ({
  id: product.id,
  name: product.name,
  categorySlug: slugOf.get(product.category_id)!,
}));

function seeded(name: string) {
  const product = products.find((candidate) => candidate.name === name);
  assert.ok(product, `the reference catalogue sells "${name}"`);
  return product;
}

describe('product pictures', () => {
  test('show what the product is, not only what its category holds', () => {
    const expected: Record<string, Subject> = {
      // Before, each of these showed its category's picture: a spray bottle, a notebook, a chair…
      'Baskets de sécurité S3 basses': 'safety-shoe',
      'Gants de manutention enduits nitrile': 'glove',
      'Balai espagnol avec seau essoreur': 'mop',
      'Agrafeuse de bureau 25 feuilles': 'stapler',
      'Armoire métallique à portes battantes H 100 cm': 'cabinet',
      'Souris sans fil compacte': 'mouse',
      'Câble HDMI 2.1 Ultra High Speed': 'cable',
      'Sacs kraft à poignées torsadées': 'paper-bag',
      // Names that share words: the kind of product decides.
      'Chocolat chaud à emporter 30 cl': 'cup-to-go',
      'Chocolat noir 70 % tablette 100 g': 'chocolate-bar',
      'Chocolat en poudre 1 kg': 'cocoa-tin',
      'Thé glacé maison pêche 33 cl': 'bottle',
      'Thé vert Sencha 100 g': 'tea-box',
    };
    for (const [name, subject] of Object.entries(expected)) {
      const product = seeded(name);
      assert.equal(pictureSubject(product.name, product.categorySlug), subject, name);
    }
  });

  test('the image drawn is that of the product, in its category’s colours', () => {
    const shoes = seeded('Baskets de sécurité S3 basses');
    const palette = CATEGORY_PALETTES['entretien-hygiene']!;
    const svg = productSvg(shoes);
    assert.ok(svg.includes(DRAWINGS['safety-shoe'](palette)));
    assert.ok(!svg.includes(DRAWINGS.spray(palette)));
    assert.match(svg, new RegExp(`<rect width="400" height="300" fill="${palette.light}"/>`));
  });

  test('every product of the reference catalogue is drawn from its name, books aside', () => {
    const unknown = products.filter(
      (product) => product.categorySlug !== 'livres' && subjectByName(product.name) === undefined,
    );
    assert.deepEqual(
      unknown.map((product) => product.name),
      [],
    );
  });

  test('a book is a book whatever its title; an unknown name gets its category’s picture', () => {
    assert.equal(pictureSubject('Le café en entreprise', 'livres'), 'books');
    assert.equal(pictureSubject('Article sans nom connu', 'entretien-hygiene'), 'spray');
    assert.equal(pictureSubject('Article sans nom connu', 'jardinage'), 'box');
  });

  test('a colour in the name colours the product, not the scene', () => {
    const pen = (colour: string) =>
      productSvg({
        id: 'p-0001',
        name: `Stylo bille ${colour}`,
        categorySlug: 'fournitures-de-bureau',
      });
    const [red, blue] = [pen('rouge'), pen('bleu')];
    assert.notEqual(red, blue);
    assert.match(red, /#d63a3a/);
    assert.doesNotMatch(blue, /#d63a3a/);
    // A stapler is drawn in its category's colours whatever its name says.
    const stapler = productSvg({
      id: 'p-0001',
      name: 'Agrafeuse rouge',
      categorySlug: 'fournitures-de-bureau',
    });
    assert.ok(stapler.includes(DRAWINGS.stapler(CATEGORY_PALETTES['fournitures-de-bureau']!)));
  });

  test('no two kinds of product share a drawing', () => {
    const palette = CATEGORY_PALETTES.emballage!;
    const drawn = Object.values(DRAWINGS).map((draw) => draw(palette));
    assert.equal(new Set(drawn).size, drawn.length);
  });

  test('every view of every product stays small', () => {
    let largest = 0;
    for (const product of products) {
      for (const view of PRODUCT_VIEWS) {
        largest = Math.max(largest, productSvg({ ...product, view }).length);
      }
    }
    assert.ok(largest <= 3_000, `${largest} characters`);
  });
});
