import { parseSqlFile } from '../../src/frontends/sql/index.js';

/* SQLite statements the front end read wrong on real histories (found by `migra schema --verify`). */

async function ops(sql: string) {
  return (await parseSqlFile(sql, { file: 'm.sql', dialect: 'sqlite' })).map(({ stmt: _stmt, ...op }) => op);
}

describe('SQLite front end', () => {
  it('regression_karakeep_assets: table constraints without commas between them, as SQLite accepts', async () => {
    const [op] = await ops(`CREATE TABLE \`assets_new\` (
      \`id\` text PRIMARY KEY NOT NULL,
      \`bookmarkId\` text,
      \`userId\` text NOT NULL,
      FOREIGN KEY (\`bookmarkId\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade
      FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON UPDATE no action ON DELETE cascade
    );`);
    expect(op.kind).toBe('create_table');
    if (op.kind !== 'create_table') return;
    expect(op.columns.map((c) => c.name)).toEqual(['id', 'bookmarkId', 'userId']);
    expect(op.constraints.filter((c) => c.kind === 'foreign').map((c) => [c.columns, c.references?.table.name, c.references?.onDelete])).toEqual([
      [['bookmarkId'], 'bookmarks', 'CASCADE'],
      [['userId'], 'user', 'CASCADE'],
    ]);
  });

  it('regression_karakeep_normalized_name: ADD … GENERATED ALWAYS AS (…) VIRTUAL keeps the type apart from the generation', async () => {
    const [op] = await ops("ALTER TABLE `bookmarkTags` ADD `normalizedName` text GENERATED ALWAYS AS (lower(replace(\"name\", ' ', ''))) VIRTUAL;");
    expect(op.kind).toBe('add_column');
    if (op.kind !== 'add_column') return;
    expect([op.column.type.name, op.column.type.raw]).toEqual(['text', 'text']);
    expect(op.column.generated).toEqual({ expr: `lower(replace("name", ' ', ''))`, stored: false });
  });
});
