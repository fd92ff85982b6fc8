import { AnswerReader, type GitObject } from '../../src/source/cat-file-answers.js';

/** What a reader hands on for a stream cut at `cuts`: each answer as [id, type, content] or 'missing'. */
function readAll(stream: Buffer, cuts: number[]): { answers: (string[] | 'missing')[]; garbage: string[] } {
  const answers: (string[] | 'missing')[] = [];
  const garbage: string[] = [];
  const reader = new AnswerReader(
    (o: GitObject | undefined) => answers.push(o ? [o.id, o.type, o.content.toString('latin1')] : 'missing'),
    (h) => garbage.push(h),
  );
  let at = 0;
  for (const cut of [...cuts, stream.length]) {
    // A fresh buffer a chunk, as a stream hands them on.
    reader.push(Buffer.from(stream.subarray(at, cut)));
    at = cut;
  }
  return { answers, garbage };
}

describe('reading git cat-file --batch answers from chunks cut anywhere', () => {
  const id = (c: string) => c.repeat(40);
  const body = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'latin1') : s);
  const answer = (oid: string, type: string, content: string | Buffer) => Buffer.concat([Buffer.from(`${oid} ${type} ${body(content).length}\n`), body(content), Buffer.from('\n')]);
  // Content that looks like headers, holds LFs and NULs, is empty, or is long.
  const tricky = `${id('9')} blob 3\nabc\n\u0000\n${id('8')} missing\n`;
  const long = 'x'.repeat(300) + '\n' + 'y'.repeat(200);
  const stream = Buffer.concat([
    answer(id('a'), 'blob', 'select 1;\n'),
    Buffer.from(`${id('b')} missing\n`),
    answer(id('c'), 'blob', ''),
    answer(id('d'), 'tree', tricky),
    Buffer.from('main~1 ambiguous\n'),
    answer(id('e'), 'blob', long),
    answer(id('f'), 'commit', '\n'),
  ]);
  const expected = [[id('a'), 'blob', 'select 1;\n'], 'missing', [id('c'), 'blob', ''], [id('d'), 'tree', tricky], 'missing', [id('e'), 'blob', long], [id('f'), 'commit', '\n']];

  it('reads the whole stream in one chunk', () => {
    expect(readAll(stream, [])).toEqual({ answers: expected, garbage: [] });
  });

  it('reads the same answers whatever one cut splits (a header, a body, the LF after it)', () => {
    for (let cut = 1; cut < stream.length; cut++) expect(readAll(stream, [cut])).toEqual({ answers: expected, garbage: [] });
  });

  it('reads the same answers from chunks of a few bytes each', () => {
    for (const size of [1, 2, 3, 7, 41, 64]) {
      const cuts = [];
      for (let at = size; at < stream.length; at += size) cuts.push(at);
      expect(readAll(stream, cuts)).toEqual({ answers: expected, garbage: [] });
    }
  });

  it('gives a body that spans chunks its own buffer and one inside a chunk a view of it, byte for byte', () => {
    const bytes = Buffer.from([0, 1, 2, 255, 10, 13, 10, 0]);
    const s = Buffer.concat([answer(id('a'), 'blob', bytes), answer(id('b'), 'blob', bytes)]);
    for (let cut = 1; cut < s.length; cut++) {
      const got: Buffer[] = [];
      const reader = new AnswerReader((o) => got.push(o!.content), () => undefined);
      reader.push(Buffer.from(s.subarray(0, cut)));
      reader.push(Buffer.from(s.subarray(cut)));
      expect(got.map((b) => b.equals(bytes))).toEqual([true, true]);
    }
  });

  it('reports output that is no answer, and forgets a partial answer on reset', () => {
    expect(readAll(Buffer.concat([answer(id('a'), 'blob', 'x'), Buffer.from('fatal: something\n')]), [])).toEqual({ answers: [[id('a'), 'blob', 'x']], garbage: ['fatal: something'] });
    const answers: unknown[] = [];
    const reader = new AnswerReader((o) => answers.push(o?.content.toString()), () => undefined);
    reader.push(Buffer.from(`${id('a')} blob 10\nabc`));
    reader.reset();
    reader.push(answer(id('b'), 'blob', 'fresh'));
    expect(answers).toEqual(['fresh']);
  });
});
