import { changelogRefs, loadChangelogReaders } from '../../src/formats/liquibase-changelog.js';

// The document parsers are loaded on demand (detectSets does it for a Liquibase set).
beforeAll(loadChangelogReaders);

/** Changelog shapes a reading by patterns got wrong; a parser reads them as liquibase does. */
describe('Liquibase changelogs read as documents', () => {
  it('XML: ignores tags inside CDATA and rollbacks, reads attributes holding ">" and namespaced elements', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<lb:databaseChangeLog xmlns:lb="http://www.liquibase.org/xml/ns/dbchangelog">
  <lb:include context="a>b" file="first.sql"/>
  <lb:changeSet author="carol" id="doc">
    <lb:sql><![CDATA[INSERT INTO notes VALUES ('<include file="cdata.sql"/>');]]></lb:sql>
  </lb:changeSet>
  <lb:changeSet id="fn" runInTransaction="false" author="carol" dbms="PostgreSQL">
    <lb:sqlFile splitStatements="false" path="up.sql"/>
    <lb:rollback>
      <lb:sqlFile path="down.sql"/>
    </lb:rollback>
  </lb:changeSet>
  <lb:changeSet id="plain" author="carol">
    <lb:sqlFile path="second.sql" relativeToChangelogFile="true"/>
  </lb:changeSet>
</lb:databaseChangeLog>`;
    expect(changelogRefs('changelog.xml', xml)).toEqual([
      { kind: 'include', ref: 'first.sql', relative: false },
      { kind: 'sqlFile', ref: 'up.sql', relative: false, runInTransaction: false, dbms: 'postgresql', hasRollback: true },
      { kind: 'sqlFile', ref: 'second.sql', relative: true, runInTransaction: true, hasRollback: false },
    ]);
  });

  it('YAML: a block scalar that reads like keys is text, a rollback sqlFile does not run, flow style and documents', () => {
    const yaml = `databaseChangeLog:
  - changeSet:
      id: note
      author: dan
      changes:
        - sql:
            sql: |
              -- include:
              --   file: fake.sql
              COMMENT ON TABLE t IS 'rollback: none';
  - changeSet: {id: raw, author: dan, changes: [{sqlFile: {path: "a b.sql", relativeToChangelogFile: true}}], rollback: [{sqlFile: {path: undo.sql}}]}
---
databaseChangeLog:
  - include: {file: last.yaml}
`;
    expect(changelogRefs('db.changelog-master.yaml', yaml)).toEqual([
      { kind: 'sqlFile', ref: 'a b.sql', relative: true, runInTransaction: true, hasRollback: true },
      { kind: 'include', ref: 'last.yaml', relative: false },
    ]);
  });

  it('JSON: string values that read like keys are text; a rollback sqlFile does not run', () => {
    const json = JSON.stringify({
      databaseChangeLog: [
        { changeSet: { id: '1', author: 'e', changes: [{ sql: { sql: "SELECT 'include: {file: x.sql}'" } }, { sqlFile: { path: 'run.sql', dbms: 'MySQL' } }], rollback: [{ sqlFile: { path: 'undo.sql' } }] } },
        { include: { file: 'next.json', relativeToChangelogFile: 'true' } },
      ],
    });
    expect(changelogRefs('changelog.json', json)).toEqual([
      { kind: 'sqlFile', ref: 'run.sql', relative: false, runInTransaction: true, dbms: 'mysql', hasRollback: true },
      { kind: 'include', ref: 'next.json', relative: true },
    ]);
  });

  it('reads nothing from a changelog that does not parse, rather than guessing', () => {
    expect(changelogRefs('changelog.yaml', 'databaseChangeLog:\n  - include: {file: a.sql\n')).toEqual([]);
  });
});
