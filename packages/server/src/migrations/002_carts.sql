-- Carts live in the database, never in server memory, so that any instance can serve them.
-- Owner columns (user, company) arrive with authentication.

CREATE TABLE carts (
  id         text PRIMARY KEY,
  currency   char(3) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cart_lines (
  id         text PRIMARY KEY,
  cart_id    text NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
  offer_id   text NOT NULL REFERENCES offers (id),
  quantity   integer NOT NULL CHECK (quantity BETWEEN 1 AND 999),
  -- Insertion order, safe under concurrent inserts (a per-cart max()+1 would not be).
  position   bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cart_id, offer_id)
);

CREATE INDEX cart_lines_cart_idx ON cart_lines (cart_id, position);
