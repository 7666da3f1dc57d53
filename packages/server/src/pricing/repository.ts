import type { Queryable } from '../db.js';
import type { PricingCustomer } from '../auth/types.js';

/** Everything needed to price one offer for one customer. */
export interface OfferPricing {
  offerId: string;
  productId: string;
  sellerId: string;
  categoryId: string;
  /** HT, minor units. */
  basePrice: number;
  currency: string;
  vatRate: number;
  stock: number;
  lists: PriceListRow[];
  tiers: TierRow[];
}

export interface PriceListRow {
  id: string;
  name: string;
  companyId: string | null;
  customerGroupId: string | null;
  /** The list's price for this offer: a fixed HT price or a discount in basis points. */
  price: number | null;
  discount: number | null;
}

export interface TierRow {
  minQuantity: number;
  priceListId: string | null;
  price: number | null;
  discount: number | null;
}

/**
 * The base price, the customer's applicable price lists (company and customer groups, of each
 * offer's seller) and the tiers they see (public ones and their lists'), for several offers in
 * three queries. Unknown offers are absent from the map.
 */
export async function loadOfferPricing(
  db: Queryable,
  offerIds: readonly string[],
  customer: PricingCustomer | undefined,
): Promise<Map<string, OfferPricing>> {
  const result = new Map<string, OfferPricing>();
  if (offerIds.length === 0) return result;
  const ids = [...new Set(offerIds)];
  const offers = await db.query<{
    id: string;
    product_id: string;
    seller_id: string;
    category_id: string;
    price_excl_tax: number;
    currency: string;
    vat_rate: number;
    stock: number;
  }>(
    `SELECT o.id, o.product_id, o.seller_id, p.category_id, o.price_excl_tax, o.currency,
            p.vat_rate, o.stock
     FROM offers o JOIN products p ON p.id = o.product_id
     WHERE o.id = ANY($1::text[])`,
    [ids],
  );
  for (const o of offers) {
    result.set(o.id, {
      offerId: o.id,
      productId: o.product_id,
      sellerId: o.seller_id,
      categoryId: o.category_id,
      basePrice: o.price_excl_tax,
      currency: o.currency.trim(),
      vatRate: o.vat_rate,
      stock: o.stock,
      lists: [],
      tiers: [],
    });
  }
  if (result.size === 0) return result;

  const companyId = customer?.companyId ?? null;
  const groups = customer?.groups ?? [];
  if (customer !== undefined && (companyId !== null || groups.length > 0)) {
    const lists = await db.query<{
      offer_id: string;
      id: string;
      name: string;
      company_id: string | null;
      customer_group_id: string | null;
      price_excl_tax: number | null;
      discount: number | null;
    }>(
      `SELECT o.id AS offer_id, l.id, l.name, l.company_id, l.customer_group_id,
              e.price_excl_tax, COALESCE(e.discount, CASE WHEN e.price_excl_tax IS NULL THEN l.default_discount END) AS discount
       FROM offers o
       JOIN price_lists l ON l.seller_id = o.seller_id
       LEFT JOIN price_list_entries e ON e.price_list_id = l.id AND e.offer_id = o.id
       WHERE o.id = ANY($1::text[])
         AND (l.company_id = $2 OR l.customer_group_id = ANY($3::text[]))
         AND (e.offer_id IS NOT NULL OR l.default_discount IS NOT NULL)
       ORDER BY l.id`,
      [ids, companyId, groups],
    );
    for (const row of lists) {
      result.get(row.offer_id)?.lists.push({
        id: row.id,
        name: row.name,
        companyId: row.company_id,
        customerGroupId: row.customer_group_id,
        price: row.price_excl_tax,
        discount: row.discount,
      });
    }
  }

  const tiers = await db.query<{
    offer_id: string;
    min_quantity: number;
    price_list_id: string | null;
    price_excl_tax: number | null;
    discount: number | null;
  }>(
    `SELECT t.offer_id, t.min_quantity, t.price_list_id, t.price_excl_tax, t.discount
     FROM offer_tiers t
     LEFT JOIN price_lists l ON l.id = t.price_list_id
     WHERE t.offer_id = ANY($1::text[])
       AND (t.price_list_id IS NULL OR l.company_id = $2 OR l.customer_group_id = ANY($3::text[]))
     ORDER BY t.offer_id, t.min_quantity, t.id`,
    [ids, companyId, groups],
  );
  for (const row of tiers) {
    result.get(row.offer_id)?.tiers.push({
      minQuantity: row.min_quantity,
      priceListId: row.price_list_id,
      price: row.price_excl_tax,
      discount: row.discount,
    });
  }
  return result;
}
