/*
 * What a line of a cart (and of the order or quote made from it) calls the thing bought: for a
 * product with variants, the variant's SKU and the product's name with the variant's, so that
 * the line says which size was bought: "Baskets de sécurité S3 basses · Pointure 42".
 *
 * SQL fragments for a query over offers `o` joined to their products `p`.
 */

/** Joins the offer's variant as `v` (no row for a product without variants). */
export const LINE_VARIANT_JOIN = 'LEFT JOIN product_variants v ON v.id = o.variant_id';

export const LINE_SKU = 'COALESCE(v.sku, p.sku)';

export const LINE_NAME = `CASE WHEN v.id IS NULL THEN p.name ELSE p.name || ' · ' || v.name END`;
