import type { PricingCustomer } from '../auth/types.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { productImages } from '../images/views.js';
import { searchWords } from './repository.js';
import * as repo from './repository.js';
import { personaliseDetail, personalisePage } from './pricing.js';
import type { Category, ProductDetail, ProductPage, ProductQuery, Suggestions } from './types.js';

/*
 * The catalog as a caller sees it: the public page (cached per catalog version when the app
 * has a cache), then the caller's own prices on top.
 */

/** One key per distinct search: words folded like the search itself, defaults filled in. */
function searchKey(query: ProductQuery): string {
  return JSON.stringify([
    searchWords(query.q).join(' '),
    query.category ?? null,
    query.brand ?? null,
    query.seller ?? null,
    query.inStock === true,
    query.priceMin ?? null,
    query.priceMax ?? null,
    query.priceIncludesTax === true,
    (query.specs ?? []).map(({ name, value }) => [name, value]).sort(),
    query.sort,
    query.page,
    query.pageSize,
    query.facets === true,
  ]);
}

export async function searchCatalog(
  deps: Deps,
  query: ProductQuery,
  customer: PricingCustomer | undefined,
): Promise<ProductPage> {
  const load = () => repo.searchProducts(deps.db, query);
  const page =
    deps.catalogCache === null
      ? await load()
      : await deps.catalogCache.get(`search ${searchKey(query)}`, load);
  return personalisePage(deps.db, page, customer);
}

/** Suggestions are public (no prices): cached per folded search like pages. */
export async function suggestions(deps: Deps, q: string): Promise<Suggestions> {
  const load = () => repo.suggest(deps.db, q);
  if (deps.catalogCache === null) return load();
  return deps.catalogCache.get(`suggest ${JSON.stringify(searchWords(q).join(' '))}`, load);
}

export async function categories(deps: Deps): Promise<Category[]> {
  const load = () => repo.listCategories(deps.db);
  return deps.catalogCache === null ? load() : deps.catalogCache.get('categories', load);
}

export async function productDetail(
  deps: Deps,
  id: string,
  customer: PricingCustomer | undefined,
): Promise<ProductDetail> {
  const product = await repo.getProduct(deps.db, id);
  if (product === null) throw notFound(`Unknown product ${id}`);
  // The gallery's views are drawn from the id, not stored: no column to read.
  const images = productImages(product.id, product.name);
  return personaliseDetail(deps.db, { ...product, images }, customer);
}
