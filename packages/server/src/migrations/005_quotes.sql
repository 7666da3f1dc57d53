-- Requests for quote (devis): a company member asks one seller for prices, the seller answers
-- per line with a validity date, the buyer accepts, rejects or asks for a revision. The
-- allowed moves live in src/quotes/machine.ts; every move is recorded in quote_events.

CREATE TABLE quotes (
  id            text PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  company_id    text NOT NULL REFERENCES companies (id),
  membership_id text NOT NULL REFERENCES memberships (id),
  seller_id     text NOT NULL REFERENCES sellers (id),
  status        text NOT NULL CHECK (status IN (
                  'draft', 'submitted', 'quoted', 'revision_requested', 'accepted', 'rejected',
                  'expired', 'pending_approval', 'approved', 'denied', 'ordered', 'cancelled')),
  currency      char(3) NOT NULL DEFAULT 'EUR',
  -- Last day the seller's prices hold (inclusive), set when the seller answers.
  valid_until   date,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX quotes_company_idx ON quotes (company_id, created_at DESC);
CREATE INDEX quotes_seller_idx ON quotes (seller_id, created_at DESC);
CREATE SEQUENCE quote_numbers START 1001;

CREATE TABLE quote_lines (
  id                text PRIMARY KEY,
  quote_id          text NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  position          integer NOT NULL,
  offer_id          text NOT NULL REFERENCES offers (id),
  quantity          integer NOT NULL CHECK (quantity BETWEEN 1 AND 999),
  -- What the buyer hopes to pay per unit (HT), if they said.
  target_price      integer CHECK (target_price >= 0),
  -- The buyer's own price (price list, tiers) when the request was submitted: the reference.
  list_price        integer NOT NULL CHECK (list_price >= 0),
  -- The seller's answer per unit (HT); what an order of the accepted quote charges.
  quoted_price      integer CHECK (quoted_price >= 0),
  UNIQUE (quote_id, position)
);

CREATE TABLE quote_messages (
  id            text PRIMARY KEY,
  quote_id      text NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  user_id       text NOT NULL REFERENCES users (id),
  membership_id text NOT NULL REFERENCES memberships (id),
  side          text NOT NULL CHECK (side IN ('buyer', 'seller')),
  body          text NOT NULL,
  position      bigint GENERATED ALWAYS AS IDENTITY,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX quote_messages_quote_idx ON quote_messages (quote_id, position);

CREATE TABLE quote_events (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  quote_id      text NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  event         text NOT NULL,
  from_status   text,
  to_status     text NOT NULL,
  -- NULL when the server moved the quote itself (expiry).
  membership_id text REFERENCES memberships (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX quote_events_quote_idx ON quote_events (quote_id, id);
