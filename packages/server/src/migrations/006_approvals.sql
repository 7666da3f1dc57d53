-- Purchase approvals. A company's rules say when a purchase needs an approver (level 1) and
-- when it needs a second, higher one (level 2); going over the member's spending limit for
-- the period always needs level 1. Nobody decides on their own request, and one person
-- decides at most one level of a request.

CREATE TABLE approval_rules (
  id            text PRIMARY KEY,
  company_id    text NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  level         integer NOT NULL CHECK (level IN (1, 2)),
  -- The rule applies from this total HT (minor units) …
  min_total     integer CHECK (min_total >= 0),
  -- … or when a line is in this category (both set: both must hold).
  category_id   text REFERENCES categories (id),
  -- Who may decide at this level: an approver or an admin ('approver'), or admins only.
  approver_role text NOT NULL CHECK (approver_role IN ('approver', 'admin')),
  CHECK (min_total IS NOT NULL OR category_id IS NOT NULL)
);

CREATE INDEX approval_rules_company_idx ON approval_rules (company_id);

CREATE TABLE approvals (
  id            text PRIMARY KEY,
  company_id    text NOT NULL REFERENCES companies (id),
  -- What is waiting: an accepted quote or an order from a cart.
  quote_id      text REFERENCES quotes (id),
  order_id      text,
  requested_by  text NOT NULL REFERENCES memberships (id),
  total_excl    integer NOT NULL CHECK (total_excl >= 0),
  currency      char(3) NOT NULL,
  -- Why: the rules that matched and the spending-limit overrun, for people to read.
  reasons       jsonb NOT NULL,
  -- Levels required (1 or 2) and the role each needs, e.g. ["approver", "admin"].
  level_roles   jsonb NOT NULL,
  status        text NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'cancelled')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  decided_at    timestamptz,
  CHECK ((quote_id IS NULL) <> (order_id IS NULL))
);

CREATE INDEX approvals_company_idx ON approvals (company_id, status, created_at DESC);

CREATE TABLE approval_decisions (
  approval_id   text NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
  level         integer NOT NULL CHECK (level IN (1, 2)),
  membership_id text NOT NULL REFERENCES memberships (id),
  user_id       text NOT NULL REFERENCES users (id),
  decision      text NOT NULL CHECK (decision IN ('approved', 'denied')),
  comment       text NOT NULL DEFAULT '',
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (approval_id, level),
  -- Four eyes: one person decides at most one level of a request.
  UNIQUE (approval_id, user_id)
);
