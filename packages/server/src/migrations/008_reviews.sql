-- Ratings and reviews by verified buyers, one per product and person, shown once an operator
-- has published them. Rate limits count recent actions per account in the database, so that
-- every server instance sees the same counts.

CREATE TABLE reviews (
  id           text PRIMARY KEY,
  product_id   text NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  user_id      text NOT NULL REFERENCES users (id),
  author_name  text NOT NULL,
  rating       integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title        text NOT NULL,
  body         text NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending', 'published', 'rejected')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  moderated_at timestamptz,
  moderated_by text REFERENCES users (id),
  UNIQUE (product_id, user_id)
);

CREATE INDEX reviews_product_idx ON reviews (product_id, status, created_at DESC);
CREATE INDEX reviews_status_idx ON reviews (status, created_at);

CREATE TABLE rate_limit_hits (
  bucket  text NOT NULL,
  subject text NOT NULL,
  at      timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX rate_limit_hits_idx ON rate_limit_hits (bucket, subject, at);
