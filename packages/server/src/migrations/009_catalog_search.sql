-- Product search at scale (100,000 products and more).
--
-- 1. Each product carries its best offer (the cheapest in stock, else the cheapest: the rule
--    of catalog/repository.ts), kept up to date by triggers on offers, so that price sorts and
--    the availability facet read an indexed column instead of every offer of every product.
-- 2. A catalog version, bumped by any change to what a search page shows (products, offers,
--    categories, reviews); server instances cache search pages and drop them when it moves.
-- Plain PL/pgSQL: the same file runs on PGlite and on a PostgreSQL server.

ALTER TABLE products ADD COLUMN best_offer_id text;
ALTER TABLE products ADD COLUMN best_price integer;
ALTER TABLE products ADD COLUMN in_stock boolean NOT NULL DEFAULT false;

CREATE FUNCTION refresh_best_offers(product_ids text[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE products p
  SET best_offer_id = b.id, best_price = b.price_excl_tax, in_stock = COALESCE(b.stock > 0, false)
  FROM unnest(product_ids) AS x(product_id)
  LEFT JOIN LATERAL (
    SELECT o.id, o.price_excl_tax, o.stock
    FROM offers o
    WHERE o.product_id = x.product_id
    ORDER BY (o.stock > 0) DESC, o.price_excl_tax, o.id
    LIMIT 1
  ) b ON true
  WHERE p.id = x.product_id
    AND (p.best_offer_id IS DISTINCT FROM b.id
      OR p.best_price IS DISTINCT FROM b.price_excl_tax
      OR p.in_stock IS DISTINCT FROM COALESCE(b.stock > 0, false));
$$;

-- Statement-level triggers with transition tables: one set-based refresh per statement, so
-- that seeding 100,000 offers does not run 100,000 updates.
CREATE FUNCTION offers_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_best_offers(ARRAY(SELECT DISTINCT product_id FROM new_offers));
  RETURN NULL;
END $$;

CREATE FUNCTION offers_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_best_offers(ARRAY(
    SELECT product_id FROM new_offers UNION SELECT product_id FROM old_offers));
  RETURN NULL;
END $$;

CREATE FUNCTION offers_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_best_offers(ARRAY(SELECT DISTINCT product_id FROM old_offers));
  RETURN NULL;
END $$;

CREATE TRIGGER offers_best_after_insert AFTER INSERT ON offers
  REFERENCING NEW TABLE AS new_offers
  FOR EACH STATEMENT EXECUTE FUNCTION offers_inserted();
CREATE TRIGGER offers_best_after_update AFTER UPDATE ON offers
  REFERENCING NEW TABLE AS new_offers OLD TABLE AS old_offers
  FOR EACH STATEMENT EXECUTE FUNCTION offers_updated();
CREATE TRIGGER offers_best_after_delete AFTER DELETE ON offers
  REFERENCING OLD TABLE AS old_offers
  FOR EACH STATEMENT EXECUTE FUNCTION offers_deleted();

-- Products inserted before their offers get them when the offers arrive; a database created by
-- an earlier version is filled in now.
SELECT refresh_best_offers(ARRAY(SELECT id FROM products));

CREATE INDEX products_best_price_idx ON products (best_price, name_key, id);
CREATE INDEX products_best_price_desc_idx ON products (best_price DESC NULLS LAST, name_key, id);
CREATE INDEX products_category_name_idx ON products (category_id, name_key, id);
CREATE INDEX products_category_price_idx ON products (category_id, best_price, name_key, id);
CREATE INDEX reviews_published_idx ON reviews (product_id) WHERE status = 'published';

-- The catalog version: a sequence, so that bumping it takes no lock and never waits. A bump is
-- seen by other sessions at once, before the change commits; the transaction also notes it
-- (vitrine.catalog_changed) so that the server bumps the version again once it has committed.
CREATE SEQUENCE catalog_version;

CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('catalog_version');
  PERFORM set_config('vitrine.catalog_changed', 'on', true);
  RETURN NULL;
END $$;

CREATE TRIGGER products_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER offers_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON offers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER categories_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
CREATE TRIGGER reviews_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reviews
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
