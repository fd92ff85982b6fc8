import { decodeString, readPython, type PyStmt, type PyValue } from '../../src/python/reader.js';

function valueOf(src: string): PyValue {
  const stmt = readPython(`x = ${src}\n`).body[0];
  if (stmt.t !== 'assign') throw new Error(`not an assignment: ${stmt.t}`);
  return stmt.value;
}

/** A value without positions, for comparisons. */
function plain(v: PyValue): unknown {
  switch (v.t) {
    case 'str':
      return v.value;
    case 'num':
    case 'bool':
      return v.value;
    case 'none':
      return null;
    case 'name':
      return { name: v.name };
    case 'call':
      return { call: v.callee, args: v.args.map(plain), kwargs: Object.fromEntries([...v.kwargs].map(([k, x]) => [k, plain(x)])), ...(v.spread ? { spread: true } : {}) };
    case 'list':
      return { [v.shape]: v.items.map(plain) };
    case 'dict':
      return { dict: v.entries.map(([k, x]) => [plain(k), plain(x)]) };
    case 'lambda':
      return 'lambda';
    case 'unknown':
      return { unknown: v.reason };
  }
}

describe('Python literal reader', () => {
  it.each([
    ["'a'", 'a'],
    ['"a\\nb"', 'a\nb'],
    ["r'a\\nb'", 'a\\nb'],
    ["'a' \"b\" 'c'", 'abc'],
    ['"""line 1\nline 2"""', 'line 1\nline 2'],
    ["'it\\'s'", "it's"],
    ['42', 42],
    ['1_000', 1000],
    ['-1.5', -1.5],
    ['0x1F', 31],
    ['True', true],
    ['False', false],
    ['None', null],
    ['not True', false],
  ])('reads %s', (src, expected) => {
    expect(plain(valueOf(src))).toEqual(expected);
  });

  it('reads calls with positional and keyword arguments and dotted names', () => {
    expect(plain(valueOf("migrations.AddField(model_name='book', name='x', field=models.CharField(max_length=10, null=True))"))).toEqual({
      call: 'migrations.AddField',
      args: [],
      kwargs: { model_name: 'book', name: 'x', field: { call: 'models.CharField', args: [], kwargs: { max_length: 10, null: true } } },
    });
    expect(plain(valueOf('sa.Column("id", sa.Integer, primary_key=True)'))).toEqual({ call: 'sa.Column', args: ['id', { name: 'sa.Integer' }], kwargs: { primary_key: true } });
    expect(plain(valueOf('f(*a, **kw)'))).toEqual({ call: 'f', args: [], kwargs: {}, spread: true });
  });

  it('reads lists, tuples, sets and dicts, skipping comments', () => {
    expect(plain(valueOf("[('a', 1), ('b', 2)]"))).toEqual({ list: [{ tuple: ['a', 1] }, { tuple: ['b', 2] }] });
    expect(plain(valueOf("{'db_table': 'x', 'managed': False}"))).toEqual({ dict: [['db_table', 'x'], ['managed', false]] });
    expect(plain(valueOf('{1, 2}'))).toEqual({ set: [1, 2] });
    expect(plain(valueOf('[\n    1,  # one\n    2,\n]'))).toEqual({ list: [1, 2] });
    expect(plain(valueOf('(1)'))).toEqual(1);
  });

  it('leaves what it cannot read as unknown, never evaluated', () => {
    expect(plain(valueOf('f"x{y}"'))).toEqual({ unknown: 'f-string' });
    expect(plain(valueOf('[i for i in x]'))).toEqual({ unknown: 'ArrayComprehensionExpression' });
    expect(plain(valueOf('a + b'))).toEqual({ unknown: 'BinaryExpression' });
    expect(plain(valueOf('lambda apps, se: None'))).toEqual('lambda');
    expect(plain(valueOf("b'bytes'"))).toEqual('bytes');
  });

  it('reads classes, functions and with blocks, with lines', () => {
    const mod = readPython(`import x

class Migration(migrations.Migration):
    atomic = False
    operations = []

def upgrade():
    with op.batch_alter_table('t') as batch_op:
        batch_op.drop_column('c')
    if x:
        pass
`);
    const kinds = (body: readonly PyStmt[]): unknown[] => body.map((s) => (s.t === 'class' || s.t === 'def' || s.t === 'with' ? { [s.t]: kinds(s.body) } : s.t));
    expect(kinds(mod.body)).toEqual(['import', { class: ['assign', 'assign'] }, { def: [{ with: ['expr'] }, 'other'] }]);
    expect(mod.lineOf(mod.body[1].from)).toBe(3);
    const up = mod.body[2];
    expect(up.t === 'def' && up.body[0].t === 'with' && up.body[0].items[0].as).toBe('batch_op');
  });

  it('reports syntax errors without throwing', () => {
    const mod = readPython('class Migration(migrations.Migration):\n    operations = [\n        migrations.AddField(\n');
    expect(mod.errors.length).toBeGreaterThan(0);
  });

  it('knows where string content starts', () => {
    expect(decodeString('"""\nSELECT 1"""')).toEqual({ value: '\nSELECT 1', contentStart: 3 });
    expect(decodeString("u'x'")).toEqual({ value: 'x', contentStart: 2 });
  });
});
