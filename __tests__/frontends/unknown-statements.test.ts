import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { reviewPr } from '../helpers/review.js';

/** Issue 12, point 4: what no dialect understands is unparsed, never an opaque `other`. */

const GARBLED = ['SELEC * FORM users;', 'FROBNICATE THE DATABASE;', 'GRANT TO;', 'INSERT INTO VALUES;'];

const unparsed = (ops: LocatedOp[]) => ops.filter((o) => o.kind === 'unparsed').map((o) => [o.stmt.line, o.kind === 'unparsed' ? o.message : '']);
const kinds = async (sql: string, dialect: Dialect) => (await parseSqlFile(sql, { file: 'm.sql', dialect })).map((o) => o.kind);

describe('issue 12: statements no parser understands', () => {
  it.each<Dialect>(['mysql', 'mariadb', 'postgresql', 'sqlite'])('%s: each garbled statement is unparsed at its line, with the parser message', async (dialect) => {
    const sql = `CREATE TABLE users (id int);\n${GARBLED.join('\n\n')}\n`;
    const ops = await parseSqlFile(sql, { file: 'm.sql', dialect });
    const got = unparsed(ops);
    expect(got.map((u) => u[0])).toEqual([2, 4, 6, 8]);
    for (const [, message] of got) expect(String(message).length).toBeGreaterThan(5);
    expect(ops[0].kind).toBe('create_table');
  });

  it('mysql: names what was expected and what was found, at the line and column', async () => {
    const ops = await parseSqlFile(GARBLED.join('\n'), { file: 'm.sql', dialect: 'mysql' });
    expect(unparsed(ops)).toEqual([
      [1, 'Expected a statement but "SELEC" found (line 1, column 1)'],
      [2, 'Expected a statement but "FROBNICATE" found (line 1, column 1)'],
      [3, 'Expected a privilege or a role but "TO" found (line 1, column 7)'],
      [4, 'Expected a table name but "VALUES" found (line 1, column 13)'],
    ]);
  });

  it.each([
    'SELECT * FORM users',
    'DROP FOO bar',
    'CREATE FOO bar',
    'ALTER FOO bar',
    'CREATE UNIQUE KEY k ON t (a)',
    'GRANT ALL ON *.* TO',
    'GRANT SELECT ON db.*',
    'REVOKE ALL ON *.*',
    'INSERT INTO t (a) VALUES (1 2)',
    'INSERT INTO t (a) VALUES (1,)',
    'INSERT INTO t (a) WHATEVER (1)',
    'INSERT INTO t (a, ) VALUES (1)',
    'UPDATE t SET WHERE a = 1',
    'UPDATE t SET a = 1 WHERE',
    'UPDATE t SET a = WHERE b = 1',
    'UPDATE t a = 1',
    'DELETE FROM WHERE a = 1',
    'DELETE FROM t WHERE a =',
    'SET @a = 1 2',
    'CALL',
    'CALL p() extra',
    'USE',
    'LOCK TABLES t',
    'UNLOCK EVERYTHING',
    'PREPARE s',
    'SELECT',
    'START',
    'ANALYZE',
    'LOAD',
    'FROBNICATE',
  ])('mysql: %s is unparsed', async (sql) => {
    expect(await kinds(sql, 'mysql')).toEqual(['unparsed']);
  });

  // Valid MySQL that maps to no operation the rules read stays accepted (real histories hold all of it).
  it.each([
    "GRANT SELECT, INSERT ON `db`.`t` TO 'app'@'localhost' WITH GRANT OPTION",
    "GRANT SELECT ON db.* TO 'u'@'%' IDENTIFIED BY 'pw'",
    "GRANT 'role1', 'role2' TO 'u1'@'localhost'",
    "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'u'@'%'",
    'CALL p()',
    'CALL db.p(1, @x)',
    'CALL p',
    'LOCK TABLES t WRITE, u AS x READ LOCAL',
    'UNLOCK TABLES',
    'USE mydb',
    'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED',
    "SET @s = CONCAT('ALTER TABLE ', @t, ' ADD c int'), @@session.sql_mode = 'ANSI'",
    "SET @x := (SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 't')",
    'PREPARE stmt FROM @s',
    'EXECUTE stmt USING @a, @b',
    'DEALLOCATE PREPARE stmt',
    'DROP PREPARE stmt',
    'OPTIMIZE TABLE t',
    'DROP PROCEDURE IF EXISTS p',
    "DROP USER IF EXISTS 'u'@'%'",
    "CREATE USER 'u'@'%' IDENTIFIED BY 'x'",
    "RENAME USER 'a'@'%' TO 'b'@'%'",
    'CREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN SELECT 1; END',
    'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1',
    'CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM s WHERE d < NOW() - INTERVAL 30 DAY',
    'ALTER EVENT e DISABLE',
    'SELECT 1',
    'SELECT a, COUNT(*) FROM t GROUP BY a HAVING COUNT(*) > 1',
    '(SELECT 1) UNION (SELECT 2)',
    'WITH x AS (SELECT 1) SELECT * FROM x',
    'DO SLEEP(1)',
    'START SLAVE',
    'FLUSH PRIVILEGES',
    'ANALYZE TABLE t',
    'CHECK TABLE t',
  ])('mysql: %s stays accepted', async (sql) => {
    const got = await kinds(sql, 'mysql');
    expect(got).not.toContain('unparsed');
  });

  it.each([
    'INSERT INTO t VALUES (1) AS new ON DUPLICATE KEY UPDATE a = new.a',
    "INSERT INTO t SELECT * FROM JSON_TABLE('[1]', '$[*]' COLUMNS (x INT PATH '$')) AS jt",
    'INSERT t SET a = 1, b = DEFAULT',
    "INSERT INTO t VALUES (_utf8mb4'x', x'0F', b'01', NOW(), CURRENT_TIMESTAMP(6), -1.5e3, NULL, TRUE)",
    'INSERT INTO t () VALUES ()',
    "INSERT INTO t (a) VALUES (COUNT(*)), (CONVERT('x' USING utf8mb4)), (CAST(a AS CHAR)), (DATE_ADD(NOW(), INTERVAL 1 DAY))",
    'INSERT IGNORE INTO t (a) SELECT a FROM u WHERE NOT EXISTS (SELECT 1 FROM v)',
    'INSERT INTO t (a) (SELECT a FROM u)',
    'INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = VALUES(a)',
    'REPLACE INTO t (a) VALUES (1), (2)',
    'UPDATE t SET a = a + 1 ORDER BY id DESC LIMIT 10',
    'UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.a, t1.b = -1 WHERE t2.x IS NOT NULL',
    "UPDATE t SET a = CASE WHEN b THEN 1 ELSE 2 END, j = JSON_SET(j, '$.x', 1)",
    'DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id WHERE t2.x = 1',
    'DELETE FROM t WHERE a IN (SELECT a FROM (SELECT a FROM t) AS x) ORDER BY id LIMIT 5',
    "LOAD DATA INFILE 'x.csv' INTO TABLE t",
  ])('mysql: %s is a data change', async (sql) => {
    expect(await kinds(sql, 'mysql')).toEqual(['data_change']);
  });

  it('through the engine: one unparsed-statement finding at each garbled line of a MySQL migration', async () => {
    const base = { 'db/migrations/V1__init.sql': 'CREATE TABLE users (id int PRIMARY KEY);\n' };
    const report = await reviewPr(base, { 'db/migrations/V2__garbled.sql': `${GARBLED.join('\n')}\n` }, { dialect: 'mysql' });
    const findings = report.findings.filter((f) => f.rule === 'unparsed-statement').map((f) => f.line);
    expect(findings).toEqual([1, 2, 3, 4]);
  });
});
