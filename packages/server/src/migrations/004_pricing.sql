-- What a product costs whom: price lists (set by a seller for one company or one customer
-- group), quantity tiers on offers, and the documents and quantity rules of a product.

CREATE TABLE price_lists (
  id                text PRIMARY KEY,
  seller_id         text NOT NULL REFERENCES sellers (id),
  name              text NOT NULL,
  company_id        text REFERENCES companies (id),
  customer_group_id text REFERENCES customer_groups (id),
  -- Basis points off every offer of the seller that has no entry of its own; NULL: none.
  default_discount  integer CHECK (default_discount BETWEEN 0 AND 10000),
  CHECK ((company_id IS NULL) <> (customer_group_id IS NULL))
);

CREATE INDEX price_lists_company_idx ON price_lists (company_id);
CREATE INDEX price_lists_group_idx ON price_lists (customer_group_id);

CREATE TABLE price_list_entries (
  price_list_id  text NOT NULL REFERENCES price_lists (id) ON DELETE CASCADE,
  offer_id       text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  -- Either a fixed HT unit price or a discount in basis points off the offer's price.
  price_excl_tax integer CHECK (price_excl_tax >= 0),
  discount       integer CHECK (discount BETWEEN 0 AND 10000),
  PRIMARY KEY (price_list_id, offer_id),
  CHECK ((price_excl_tax IS NULL) <> (discount IS NULL))
);

CREATE INDEX price_list_entries_offer_idx ON price_list_entries (offer_id);

-- "From 50 units, 8.50 € HT": public tiers (price_list_id NULL) or tiers of one price list.
CREATE TABLE offer_tiers (
  id             text PRIMARY KEY,
  offer_id       text NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  price_list_id  text REFERENCES price_lists (id) ON DELETE CASCADE,
  min_quantity   integer NOT NULL CHECK (min_quantity >= 2),
  price_excl_tax integer CHECK (price_excl_tax >= 0),
  discount       integer CHECK (discount BETWEEN 0 AND 10000),
  CHECK ((price_excl_tax IS NULL) <> (discount IS NULL))
);

CREATE INDEX offer_tiers_offer_idx ON offer_tiers (offer_id, min_quantity);

CREATE TABLE product_documents (
  id         text PRIMARY KEY,
  product_id text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  position   integer NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('datasheet', 'safety', 'manual', 'certificate')),
  title      text NOT NULL,
  url        text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  UNIQUE (product_id, position)
);

-- The brand filter and facet of product search.
CREATE INDEX products_brand_idx ON products (brand, id);
