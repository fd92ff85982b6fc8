import { ALEMBIC_BEFORE } from '../../src/rules/lib/python-examples.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ALEMBIC_INI = '[alembic]\nscript_location = alembic\n';

/** A pull request adding the revision `path` (its text `revision`) to the Alembic history of the rules' examples. */
export function alembicPr(path: string, revision: string): RuleExample {
  return {
    sql: '',
    files: {
      before: { 'alembic.ini': ALEMBIC_INI, ...ALEMBIC_BEFORE },
      head: {
        'alembic.ini': ALEMBIC_INI,
        ...ALEMBIC_BEFORE,
        [path]: revision,
      },
    },
  };
}

/** A pull request adding revision 4d5e6f (after ALEMBIC_BEFORE's 1a2b3c) whose upgrade() runs `upgrade` and whose downgrade() passes. */
export function alembicUpgradePr(upgrade: string): RuleExample {
  return alembicPr('alembic/versions/4d5e6f_email.py', `from alembic import op\n\nrevision = '4d5e6f'\ndown_revision = '1a2b3c'\n\n\ndef upgrade():\n    ${upgrade}\n\n\ndef downgrade():\n    pass\n`);
}
