import { cloneSchema } from '../../src/schema/clone.js';
import { applyOp, replay } from '../../src/schema/replay.js';
import { check, col, fk, op, pk, q } from '../helpers/ops.js';

describe('cloneSchema', () => {
  const { schema } = replay(
    [
      op('create_enum', { name: q('mood'), values: ['ok', 'meh'] }),
      op('create_schema', { name: 'app' }),
      op('create_view', { name: q('v') }),
      op('create_table', { table: q('p'), columns: [col('id', 'integer', { constraints: [pk()] })] }),
      op('create_table', {
        table: q('c'),
        columns: [
          col('id', 'integer', { default: { text: '0', volatile: false } }),
          col('p_id', 'integer', { constraints: [fk([], q('p'))] }),
          col('g', 'integer', { generated: { expr: 'id * 2', stored: true } }),
        ],
        constraints: [check('id > 0')],
        partitionOf: q('p'),
      }),
      op('create_index', { table: q('c'), elems: [{ column: 'p_id' }], include: ['id'], where: 'id > 0' }),
      op('add_column', { table: q('legacy'), column: col('x', 'text') }),
    ],
    undefined,
    'postgresql',
  );

  it('is equal, field for field, without added undefined properties', () => {
    expect(cloneSchema(schema)).toStrictEqual(schema);
  });

  it('shares nothing mutable with the source', () => {
    const copy = cloneSchema(schema);
    const c = copy.tables.get('c')!;
    c.columns[0].type.args.push(1);
    c.columns[0].default!.text = '1';
    c.columns[2].generated!.expr = 'x';
    c.constraints[1].columns.push('zzz');
    c.constraints[0].references!.columns.push('zzz');
    c.constraints[0].references!.table.name = 'zzz';
    c.indexes[0].elems[0].column = 'zzz';
    c.indexes[0].include!.push('zzz');
    c.partitionOf!.name = 'zzz';
    c.name.name = 'zzz';
    copy.enums.get('mood')!.push('zzz');
    copy.views.get('v')!.name.name = 'zzz';
    copy.schemas.add('zzz');
    applyOp(copy, op('drop_table', { table: q('p'), cascade: true }));

    const orig = schema.tables.get('c')!;
    expect(orig.columns[0].type.args).toEqual([]);
    expect(orig.columns[0].default!.text).toBe('0');
    expect(orig.columns[2].generated!.expr).toBe('id * 2');
    expect(orig.constraints.map((k) => k.columns)).toEqual([['p_id'], []]);
    expect(orig.constraints[0].references).toEqual({ table: { name: 'p' }, columns: ['id'] });
    expect(orig.indexes[0]).toEqual({ name: 'c_p_id_id_idx', elems: [{ column: 'p_id' }], unique: false, include: ['id'], where: 'id > 0' });
    expect(orig.partitionOf).toEqual({ name: 'p' });
    expect(orig.name).toEqual({ name: 'c' });
    expect(schema.enums.get('mood')).toEqual(['ok', 'meh']);
    expect(schema.views.get('v')!.name.name).toBe('v');
    expect([...schema.schemas]).toEqual(['app']);
    expect([...schema.tables.keys()]).toEqual(['p', 'c', 'legacy']);
    expect(schema.tables.get('legacy')!.partial).toBe(true);
  });

  it('replay() leaves the schema it starts from alone', () => {
    const before = cloneSchema(schema);
    replay([op('drop_table', { table: q('c') }), op('drop_column', { table: q('p'), column: 'id' })], schema);
    expect(schema).toStrictEqual(before);
  });
});
