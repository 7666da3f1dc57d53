-- Orders: what a buyer placed (from a cart or an accepted quote), split into one order per
-- seller. Amounts are copied at placing time, never read back from offers: an order keeps the
-- prices it was placed at. B2B orders get one invoice per seller with a due date; B2C orders
-- get a payment record.

CREATE SEQUENCE order_numbers START 100001;
CREATE SEQUENCE invoice_numbers START 1;

CREATE TABLE orders (
  id                    text PRIMARY KEY,
  number                text NOT NULL UNIQUE,
  user_id               text REFERENCES users (id),
  membership_id         text REFERENCES memberships (id),
  company_id            text REFERENCES companies (id),
  guest_email           text,
  source                text NOT NULL CHECK (source IN ('cart', 'quote')),
  cart_id               text REFERENCES carts (id),
  quote_id              text REFERENCES quotes (id),
  status                text NOT NULL CHECK (status IN ('pending_approval', 'placed', 'cancelled')),
  payment_method        text NOT NULL CHECK (payment_method IN ('card', 'invoice')),
  currency              char(3) NOT NULL,
  total_excl            integer NOT NULL,
  total_tax             integer NOT NULL,
  total_incl            integer NOT NULL,
  shipping_address      jsonb NOT NULL,
  purchase_order_number text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (total_incl = total_excl + total_tax),
  CHECK (user_id IS NOT NULL OR guest_email IS NOT NULL)
);

CREATE INDEX orders_user_idx ON orders (user_id, created_at DESC);
CREATE INDEX orders_company_idx ON orders (company_id, created_at DESC);
CREATE INDEX orders_spending_idx ON orders (membership_id, created_at);

ALTER TABLE approvals ADD CONSTRAINT approvals_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

CREATE TABLE seller_orders (
  id          text PRIMARY KEY,
  order_id    text NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  seller_id   text NOT NULL REFERENCES sellers (id),
  status      text NOT NULL CHECK (status IN (
                'awaiting_approval', 'new', 'accepted', 'shipped', 'delivered', 'cancelled')),
  total_excl  integer NOT NULL,
  total_tax   integer NOT NULL,
  total_incl  integer NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (order_id, seller_id),
  CHECK (total_incl = total_excl + total_tax)
);

CREATE INDEX seller_orders_seller_idx ON seller_orders (seller_id, created_at DESC);

CREATE TABLE order_lines (
  id              text PRIMARY KEY,
  seller_order_id text NOT NULL REFERENCES seller_orders (id) ON DELETE CASCADE,
  position        integer NOT NULL,
  offer_id        text NOT NULL REFERENCES offers (id),
  product_id      text NOT NULL REFERENCES products (id),
  sku             text NOT NULL,
  name            text NOT NULL,
  vat_rate        integer NOT NULL,
  quantity        integer NOT NULL CHECK (quantity >= 1),
  unit_price      integer NOT NULL CHECK (unit_price >= 0),
  -- Which rule gave the unit price: base, price-list, tier or negotiated (quote).
  price_rule      text NOT NULL CHECK (price_rule IN ('base', 'price-list', 'tier', 'negotiated')),
  line_excl       integer NOT NULL,
  line_tax        integer NOT NULL,
  line_incl       integer NOT NULL,
  UNIQUE (seller_order_id, position),
  CHECK (line_incl = line_excl + line_tax)
);

CREATE INDEX order_lines_product_idx ON order_lines (product_id);

CREATE TABLE invoices (
  id                      text PRIMARY KEY,
  number                  text NOT NULL UNIQUE,
  seller_order_id         text NOT NULL UNIQUE REFERENCES seller_orders (id) ON DELETE CASCADE,
  company_id              text NOT NULL REFERENCES companies (id),
  issued_on               date NOT NULL,
  due_on                  date NOT NULL,
  early_payment_deadline  date,
  early_payment_discount  integer,
  currency                char(3) NOT NULL,
  total_excl              integer NOT NULL,
  total_tax               integer NOT NULL,
  total_incl              integer NOT NULL,
  status                  text NOT NULL CHECK (status IN ('open', 'paid', 'cancelled'))
);

CREATE INDEX invoices_company_idx ON invoices (company_id, issued_on DESC);

CREATE TABLE payments (
  id         text PRIMARY KEY,
  order_id   text NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
  method     text NOT NULL CHECK (method IN ('card')),
  -- No payment provider is wired in: a card payment waits as 'pending'.
  status     text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
  amount     integer NOT NULL CHECK (amount >= 0),
  currency   char(3) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Idempotency-Key: the first successful answer to a (caller, key) is kept with a hash of the
-- request; the same request again gets the same answer, another request with the key a 422.
CREATE TABLE idempotency_keys (
  scope        text NOT NULL,
  key          text NOT NULL,
  request_hash char(64) NOT NULL,
  status       integer NOT NULL,
  response     jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
