import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'exclusion-constraint';
const BOOKINGS = 'CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL, during tstzrange NOT NULL);';
const EXCLUDE = 'EXCLUDE USING gist (room_id WITH =, during WITH &&)';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('exclusion-constraint', () => {
  it('reports ADD CONSTRAINT … EXCLUDE on an existing table, naming the constraint, the table and the lock', async () => {
    const [f, ...rest] = await hits({ before: BOOKINGS, sql: `SELECT 1;\nALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap ${EXCLUDE};` });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'medium', category: 'locking' });
    expect(f.message).toContain('bookings_no_overlap');
    expect(f.message).toContain('ACCESS EXCLUSIVE');
    expect(f.message).toContain('bookings');
  });

  it('names an unnamed constraint the way PostgreSQL does', async () => {
    const [f] = await hits({ before: BOOKINGS, sql: `ALTER TABLE bookings ADD ${EXCLUDE};` });
    expect(f.message).toContain('bookings_room_id_during_excl');
  });

  it('follows a rename of the table made earlier in the pull request', async () => {
    const [f] = await hits({ before: BOOKINGS, sql: `ALTER TABLE bookings RENAME TO reservations;\nALTER TABLE reservations ADD CONSTRAINT r_no_overlap ${EXCLUDE};` });
    expect(f.message).toContain('reservations');
  });

  describe('stays quiet', () => {
    it('for a table created in this pull request', async () => {
      expect(await hits({ sql: `${BOOKINGS}\nALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap ${EXCLUDE};` })).toEqual([]);
    });

    it('for other constraints', async () => {
      const sql = 'ALTER TABLE bookings ADD CONSTRAINT bookings_room_positive CHECK (room_id > 0) NOT VALID;\nALTER TABLE bookings ADD CONSTRAINT bookings_room_key UNIQUE (room_id);';
      expect(await hits({ before: BOOKINGS, sql })).toEqual([]);
    });
  });
});
