-- An example migration history, reviewed by Migra on this repository's own pull requests
-- (.github/workflows/self-test.yml). Add a migration here in a pull request to see the comment.
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
