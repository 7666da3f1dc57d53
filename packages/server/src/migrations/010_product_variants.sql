-- Products that come in several forms (sizes, colours, lengths, packs): each variant has its own
-- SKU and its own offers, so that a size can cost more or run out on its own. A product without
-- variants keeps offers that name no variant, as before. The best offer (migration 009) is still
-- the cheapest in stock over all the product's offers, hence over all its variants.
-- Plain PostgreSQL: the same file runs on PGlite and on a PostgreSQL server.

CREATE TABLE product_variants (
  id         text PRIMARY KEY,
  product_id text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  -- The order in which the buyer sees the variants (and their option values).
  position   integer NOT NULL,
  sku        text NOT NULL UNIQUE,
  -- What a person reads on a cart line or an order: "Pointure 42", "Taille 9 (L), lot de 12".
  name       text NOT NULL,
  -- [{"name": "Pointure", "value": "42"}, …]: one value per option, in the order chosen.
  options    jsonb NOT NULL CHECK (jsonb_typeof(options) = 'array'),
  UNIQUE (product_id, position),
  -- Target of offers_variant_fk: an offer can only name a variant of its own product.
  UNIQUE (id, product_id)
);

ALTER TABLE offers ADD COLUMN variant_id text;
ALTER TABLE offers ADD CONSTRAINT offers_variant_fk FOREIGN KEY (variant_id, product_id)
  REFERENCES product_variants (id, product_id) ON DELETE CASCADE;

-- A seller offers a product once, or each variant of it once.
ALTER TABLE offers DROP CONSTRAINT offers_product_id_seller_id_key;
CREATE UNIQUE INDEX offers_product_seller_idx ON offers (product_id, seller_id)
  WHERE variant_id IS NULL;
CREATE UNIQUE INDEX offers_variant_seller_idx ON offers (variant_id, seller_id)
  WHERE variant_id IS NOT NULL;

-- Search pages show how many variants a product has: a change to them is a catalog change.
CREATE TRIGGER product_variants_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product_variants
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
