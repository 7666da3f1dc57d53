-- Catalog: who sells what, at which price (HT, integer minor units) and VAT rate
-- (integer basis points of a percent: 20 % = 2000). Plain PostgreSQL: the same file runs on
-- the embedded PGlite and on a PostgreSQL server.

CREATE TABLE sellers (
  id         text PRIMARY KEY,
  slug       text NOT NULL UNIQUE,
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE categories (
  id       text PRIMARY KEY,
  slug     text NOT NULL UNIQUE,
  name     text NOT NULL,
  vat_rate integer NOT NULL CHECK (vat_rate BETWEEN 0 AND 10000),
  position integer NOT NULL DEFAULT 0
);

CREATE TABLE products (
  id          text PRIMARY KEY,
  sku         text NOT NULL UNIQUE,
  slug        text NOT NULL UNIQUE,
  name        text NOT NULL,
  brand       text NOT NULL,
  description text NOT NULL DEFAULT '',
  category_id text NOT NULL REFERENCES categories (id),
  -- Kept per product (not only per category): a category can hold products of another class.
  vat_rate    integer NOT NULL CHECK (vat_rate BETWEEN 0 AND 10000),
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- Lower-case, accent-free copies written by the application, so that search and name
  -- ordering need no database extension (unaccent) and no locale-specific collation.
  name_key    text NOT NULL,
  search_text text NOT NULL
);

CREATE INDEX products_category_idx ON products (category_id);
CREATE INDEX products_created_at_idx ON products (created_at DESC, id);
CREATE INDEX products_name_key_idx ON products (name_key, id);

CREATE TABLE product_specs (
  product_id text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  position   integer NOT NULL,
  name       text NOT NULL,
  value      text NOT NULL,
  unit       text,
  PRIMARY KEY (product_id, position)
);

CREATE TABLE offers (
  id              text PRIMARY KEY,
  product_id      text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  seller_id       text NOT NULL REFERENCES sellers (id),
  price_excl_tax  integer NOT NULL CHECK (price_excl_tax >= 0),
  currency        char(3) NOT NULL DEFAULT 'EUR',
  stock           integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
  lead_time_days  integer NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
  UNIQUE (product_id, seller_id)
);

CREATE INDEX offers_product_idx ON offers (product_id, price_excl_tax);
