/**
 * Words that start a statement in MySQL 8 / MariaDB 11, and the objects CREATE / ALTER / DROP
 * name, from the two servers' grammars (sql_yacc.yy). A statement whose first word is not one
 * of them is not MySQL, whatever follows: it is reported unparsed rather than accepted as an
 * opaque `other` operation (`SELEC * FORM users`, `FROBNICATE THE DATABASE`).
 */
export const STATEMENT_WORDS = new Set([
  'ALTER', 'ANALYZE', 'BACKUP', 'BEGIN', 'BINLOG', 'CACHE', 'CALL', 'CHANGE', 'CHECK', 'CHECKSUM', 'CLONE', 'COMMIT',
  'CREATE', 'DEALLOCATE', 'DELETE', 'DESC', 'DESCRIBE', 'DO', 'DROP', 'EXECUTE', 'EXPLAIN', 'FLUSH', 'GET', 'GRANT',
  'HANDLER', 'HELP', 'IMPORT', 'INSERT', 'INSTALL', 'KILL', 'LOAD', 'LOCK', 'OPTIMIZE', 'PREPARE', 'PURGE', 'RELEASE',
  'RENAME', 'REPAIR', 'REPLACE', 'RESET', 'RESIGNAL', 'RESTART', 'REVOKE', 'ROLLBACK', 'SAVEPOINT', 'SELECT', 'SET',
  'SHOW', 'SHUTDOWN', 'SIGNAL', 'START', 'STOP', 'TABLE', 'TRUNCATE', 'UNINSTALL', 'UNLOCK', 'UPDATE', 'USE', 'VALUES',
  'WITH', 'XA',
]);

/** What CREATE may create besides tables, indexes, databases and views (read elsewhere). */
export const CREATE_OBJECTS = new Set([
  'PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT', 'USER', 'ROLE', 'SERVER', 'TABLESPACE', 'LOGFILE', 'SPATIAL',
  'RESOURCE', 'SEQUENCE', 'PACKAGE', 'AGGREGATE', 'UNDO',
]);

/** What ALTER may alter besides tables and views. */
export const ALTER_OBJECTS = new Set([
  'DATABASE', 'SCHEMA', 'PROCEDURE', 'FUNCTION', 'EVENT', 'USER', 'SERVER', 'TABLESPACE', 'LOGFILE', 'INSTANCE',
  'RESOURCE', 'SEQUENCE', 'UNDO',
]);

/** What DROP may drop besides tables, indexes, databases and views. */
export const DROP_OBJECTS = new Set([
  'PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT', 'USER', 'ROLE', 'SERVER', 'TABLESPACE', 'LOGFILE', 'SPATIAL',
  'RESOURCE', 'SEQUENCE', 'PACKAGE', 'PREPARE', 'UNDO',
]);

/**
 * Reserved words that can never stand unquoted where a table name goes (MySQL 8's list,
 * the part that can follow INSERT INTO / UPDATE / DELETE FROM in a garbled statement):
 * `INSERT INTO VALUES` names no table.
 */
export const RESERVED = new Set([
  'ADD', 'ALL', 'ALTER', 'AND', 'AS', 'ASC', 'BETWEEN', 'BY', 'CASE', 'CHECK', 'COLUMN', 'CONSTRAINT', 'CREATE', 'CROSS',
  'DEFAULT', 'DELETE', 'DESC', 'DISTINCT', 'DROP', 'ELSE', 'EXISTS', 'FOR', 'FOREIGN', 'FROM', 'GRANT', 'GROUP', 'HAVING',
  'IGNORE', 'IN', 'INDEX', 'INNER', 'INSERT', 'INTO', 'IS', 'JOIN', 'KEY', 'LEFT', 'LIKE', 'LIMIT', 'NOT', 'NULL', 'ON',
  'OR', 'ORDER', 'PRIMARY', 'REFERENCES', 'RENAME', 'REPLACE', 'RIGHT', 'SELECT', 'SET', 'TABLE', 'THEN', 'TO', 'UNION',
  'UNIQUE', 'UPDATE', 'USING', 'VALUES', 'WHEN', 'WHERE', 'WITH',
]);
