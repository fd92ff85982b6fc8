import { detectSets } from '../../src/formats/index.js';
import { memoryTree } from '../../src/source/memory-tree.js';

const dj = (deps: string, extra = '') => `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n${extra}    dependencies = [${deps}]\n    operations = []\n`;
const rev = (id: string, down: string, extra = '') => `revision = '${id}'\ndown_revision = ${down}\n${extra}\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n`;

describe('Django migration graph', () => {
  it('orders all apps of a project as one set by dependencies, not by file name', async () => {
    const sets = await detectSets(
      memoryTree({
        'manage.py': '',
        'zoo/migrations/0001_initial.py': dj(''),
        'zoo/migrations/0002_second.py': dj("('zoo', '0001_initial')"),
        'alpha/migrations/0001_initial.py': dj("('zoo', '0002_second')"),
        'alpha/migrations/0002_b.py': dj("('alpha', '0001_initial')"),
        'beta/apps.py': "class BetaConfig(AppConfig):\n    name = 'beta'\n    label = 'b_label'\n",
        'beta/migrations/0001_initial.py': dj("migrations.swappable_dependency(settings.AUTH_USER_MODEL), ('alpha', '__latest__')"),
        'beta/migrations/0002_first_by_run_before.py': dj('', "    run_before = [('zoo', '0001_initial')]\n"),
        'beta/migrations/notes.txt': 'not a migration',
        'tests/app/migrations/0001_initial.py': dj(''),
      }),
    );
    expect(sets).toHaveLength(1);
    expect(sets[0]).toEqual(expect.objectContaining({ format: 'django', dir: '', dialect: 'postgresql', dialectSource: 'default' }));
    expect(sets[0].files.map((f) => f.graph!.id)).toEqual(['b_label.0002_first_by_run_before', 'zoo.0001_initial', 'zoo.0002_second', 'alpha.0001_initial', 'alpha.0002_b', 'b_label.0001_initial']);
  });

  it('replaces squashed migrations, reads atomic and the settings engine', async () => {
    const sets = await detectSets(
      memoryTree({
        'proj/settings/base.py': "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.sqlite3',\n    }\n}\n",
        'app/migrations/0001_a.py': dj(''),
        'app/migrations/0002_b.py': dj("('app', '0001_a')"),
        'app/migrations/0001_squashed_0002_b.py': dj('', "    replaces = [('app', '0001_a'), ('app', '0002_b')]\n    atomic = False\n"),
        'app/migrations/0003_c.py': dj("('app', '0002_b')"),
      }),
    );
    expect(sets[0]).toEqual(expect.objectContaining({ dialect: 'sqlite', dialectSource: 'settings' }));
    expect(sets[0].files.map((f) => [f.path.split('/').pop(), f.transaction])).toEqual([
      ['0001_squashed_0002_b.py', 'none'],
      ['0003_c.py', 'per-file'],
    ]);
  });
});

describe('Alembic revision graph', () => {
  it('orders revisions by down_revision, including merges, whatever the file names', async () => {
    const sets = await detectSets(
      memoryTree({
        'backend/alembic.ini': '[alembic]\nscript_location = migrations\nsqlalchemy.url = mysql+pymysql://u@h/db\n',
        'backend/migrations/env.py': '',
        'backend/migrations/versions/zzz_base.py': rev('zzz', 'None'),
        'backend/migrations/versions/aaa_left.py': rev('aaa', "'zzz'"),
        'backend/migrations/versions/mmm_right.py': rev('mmm', "'zzz'"),
        'backend/migrations/versions/bbb_merge.py': rev('bbb', "('aaa', 'mmm')"),
        'backend/migrations/versions/__init__.py': '',
        'backend/migrations/versions/helpers.py': 'X = 1\n',
        'plugins/billing/alembic/versions/0001_billing.py': rev('b001', 'None', "branch_labels = ('billing',)\n"),
      }),
    );
    expect(sets.map((s) => [s.dir, s.format, s.dialect])).toEqual([
      ['backend/migrations', 'alembic', 'mysql'],
      ['plugins/billing/alembic', 'alembic', 'postgresql'],
    ]);
    expect(sets[0].files.map((f) => f.version)).toEqual(['zzz', 'aaa', 'mmm', 'bbb']);
    expect(sets[0].files.every((f) => !f.hasDown && f.graph!.irreversible![0].what === 'downgrade() only passes')).toBe(true);
  });
});
