-- Customers and who may act for them: companies with members and roles, sellers' and the
-- operator's staff, consumers. One person (users) holds one or more memberships; the client
-- picks the active one per request and the server checks that it belongs to the token's user.

CREATE TABLE customer_groups (
  id   text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE companies (
  id                    text PRIMARY KEY,
  name                  text NOT NULL,
  vat_number            text,
  country               char(2) NOT NULL DEFAULT 'FR',
  customer_group_id     text REFERENCES customer_groups (id),
  -- Payment on invoice: 'net' (N days after the invoice) or 'end-of-month' (N days, then the
  -- end of that month), with an optional early-payment discount in basis points.
  payment_terms_kind    text NOT NULL DEFAULT 'net'
                        CHECK (payment_terms_kind IN ('net', 'end-of-month')),
  payment_terms_days    integer NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
  early_payment_discount integer CHECK (early_payment_discount BETWEEN 1 AND 9999),
  early_payment_days    integer CHECK (early_payment_days BETWEEN 0 AND 365),
  address               jsonb NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id                text PRIMARY KEY,
  email             text NOT NULL UNIQUE,
  name              text NOT NULL,
  customer_group_id text REFERENCES customer_groups (id),
  created_at        timestamptz NOT NULL DEFAULT now()
);

-- role: consumer (B2C); admin, approver, buyer, viewer (in a company); seller (staff of a
-- seller); operator (staff of the marketplace).
CREATE TABLE memberships (
  id              text PRIMARY KEY,
  user_id         text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role            text NOT NULL
                  CHECK (role IN ('consumer', 'admin', 'approver', 'buyer', 'viewer', 'seller', 'operator')),
  company_id      text REFERENCES companies (id),
  seller_id       text REFERENCES sellers (id),
  -- Most a member may order per period (HT, minor units) before an approver must agree;
  -- NULL: no limit.
  spending_limit  integer CHECK (spending_limit >= 0),
  spending_period text NOT NULL DEFAULT 'month'
                  CHECK (spending_period IN ('week', 'month', 'quarter', 'year')),
  -- Order of memberships for a person; the first is used when the client names none.
  position        integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((role IN ('admin', 'approver', 'buyer', 'viewer')) = (company_id IS NOT NULL)),
  CHECK ((role = 'seller') = (seller_id IS NOT NULL))
);

CREATE INDEX memberships_user_idx ON memberships (user_id, position, id);
CREATE INDEX memberships_company_idx ON memberships (company_id);

-- Bearer tokens, stored as their SHA-256 (hex): a copy of the database never yields a
-- usable token.
CREATE TABLE auth_tokens (
  token_hash char(64) PRIMARY KEY,
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE INDEX auth_tokens_expiry_idx ON auth_tokens (expires_at);

-- A cart created while signed in belongs to that membership and is invisible to anyone else;
-- a cart created anonymously is reachable by whoever holds its (random) id.
ALTER TABLE carts ADD COLUMN user_id text REFERENCES users (id);
ALTER TABLE carts ADD COLUMN membership_id text REFERENCES memberships (id);
-- Set when the cart became an order: it can no longer change.
ALTER TABLE carts ADD COLUMN checked_out_at timestamptz;
