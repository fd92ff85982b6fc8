/** A Liquibase formatted-SQL changelog: two changesets by alice creating users and adding a column, each with its rollback. */
export const LIQUIBASE_USERS = `--liquibase formatted sql

--changeset alice:1
--comment: users table
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
--rollback DROP TABLE users;

--changeset alice:2
ALTER TABLE users ADD COLUMN name text;
--rollback ALTER TABLE users DROP COLUMN name;
`;
