import { detectSets, setForPath } from '../../src/formats/index.js';
import { readIni, readTomlTable } from '../../src/formats/alembic-config.js';
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

  it('regression netbox: the user app whose first migration names swappable_dependency itself still runs before the apps that depend on it', async () => {
    // users/0001 depends on swappable_dependency(AUTH_USER_MODEL) = ('users', '__first__'): Django ignores
    // that self-reference, so users.0001 stays the app's first migration and dcim.0002 waits for it.
    const sets = await detectSets(
      memoryTree({
        'netbox/settings.py': "AUTH_USER_MODEL = 'users.User'\n",
        'dcim/migrations/0001_initial.py': dj(''),
        'dcim/migrations/0002_user.py': dj("('dcim', '0001_initial'), migrations.swappable_dependency(settings.AUTH_USER_MODEL)"),
        'users/migrations/0001_initial.py': dj('migrations.swappable_dependency(settings.AUTH_USER_MODEL)'),
        'users/migrations/0002_more.py': dj("('users', '0001_initial')"),
      }),
    );
    // Django walks dcim.0002's parents greatest first: users.0001 before dcim.0001.
    expect(sets[0].files.map((f) => f.graph!.id)).toEqual(['users.0001_initial', 'dcim.0001_initial', 'dcim.0002_user', 'users.0002_more']);
  });

  it('regression netbox: applies migrations in the order manage.py migrate does, not just any order the dependencies allow', async () => {
    // NetBox moved ObjectChange from extras to core: core.0002 takes the model's state only, extras.0002
    // renames the table, core.0003 adds a column to it. Nothing orders core.0003 after extras.0002, yet
    // Django's plan (sorted leaf nodes, each walked depth first) reaches extras.0002 through circuits'
    // leaf before core's leaf, so the column is added to the renamed table, as on every NetBox database.
    const sets = await detectSets(
      memoryTree({
        'manage.py': '',
        'core/migrations/0001_initial.py': dj(''),
        'core/migrations/0002_move_objectchange.py': dj("('core', '0001_initial')"),
        'core/migrations/0003_objectchange_message.py': dj("('core', '0002_move_objectchange')"),
        'extras/migrations/0001_initial.py': dj(''),
        'extras/migrations/0002_move_objectchange.py': dj("('extras', '0001_initial'), ('core', '0002_move_objectchange')"),
        'extras/migrations/0003_later.py': dj("('extras', '0002_move_objectchange')"),
        'circuits/migrations/0001_initial.py': dj("('extras', '0003_later')"),
      }),
    );
    expect(sets[0].files.map((f) => f.graph!.id)).toEqual([
      'extras.0001_initial',
      'core.0001_initial',
      'core.0002_move_objectchange',
      'extras.0002_move_objectchange',
      'extras.0003_later',
      'circuits.0001_initial',
      'core.0003_objectchange_message',
    ]);
  });

  it('keeps going past a dependency cycle, which Django refuses, with every migration once', async () => {
    const sets = await detectSets(
      memoryTree({
        'manage.py': '',
        'a/migrations/0001_initial.py': dj("('b', '0001_initial')"),
        'b/migrations/0001_initial.py': dj("('a', '0001_initial')"),
        'c/migrations/0001_initial.py': dj(''),
      }),
    );
    expect(sets[0].files.map((f) => f.graph!.id).sort()).toEqual(['a.0001_initial', 'b.0001_initial', 'c.0001_initial']);
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

describe('Alembic environments named by alembic.ini and pyproject.toml', () => {
  it('reads script_location and version_locations with %(here)s: one graph spanning two folders', async () => {
    const tree = {
      'services/api/alembic.ini': [
        '[alembic]',
        'script_location = %(here)s/db/migrations',
        '# version_locations = %(here)s/ignored',
        'version_locations = %(here)s/db/revisions/core',
        '    %(here)s/db/revisions/billing',
        'version_path_separator = newline',
        'sqlalchemy.url = sqlite:///app.db',
        '',
      ].join('\n'),
      'services/api/db/migrations/env.py': 'from alembic import context\n',
      'services/api/db/revisions/core/zz_base.py': rev('c1', 'None'),
      'services/api/db/revisions/core/aa_users.py': rev('c2', "'c1'"),
      'services/api/db/revisions/billing/00_invoices.py': rev('b1', "'c2'"),
      'services/api/db/revisions/billing/__init__.py': '',
      'services/api/db/revisions/core/mm_merge.py': rev('c3', "('b1', 'c2')"),
    };
    const sets = await detectSets(memoryTree(tree));
    expect(sets.map((s) => [s.dir, s.format, s.dialect, s.dialectSource])).toEqual([['services/api/db/migrations', 'alembic', 'sqlite', 'settings']]);
    expect(sets[0].files.map((f) => f.version)).toEqual(['c1', 'c2', 'b1', 'c3']);
    expect(setForPath(sets, 'services/api/db/revisions/billing/01_new.py')).toBe(sets[0]);
    expect(setForPath(sets, 'services/api/db/migrations/env.py')).toBeUndefined();

    // The separators Alembic knows: space/comma (no separator set), `os` and an explicit character.
    for (const [locations, sep] of [
      ['%(here)s/db/revisions/core, %(here)s/db/revisions/billing', ''],
      ['db/revisions/core:db/revisions/billing', 'version_path_separator = os\n'],
      ['%(here)s/db/revisions/core;db/revisions/billing', 'path_separator = ;\n'],
    ]) {
      const ini = `[alembic]\nscript_location = db/migrations\nversion_locations = ${locations}\n${sep}`;
      const again = await detectSets(memoryTree({ ...tree, 'services/api/alembic.ini': ini }));
      expect(again.map((s) => [s.dir, s.files.map((f) => f.version)])).toEqual([['services/api/db/migrations', ['c1', 'c2', 'b1', 'c3']]]);
    }
  });

  it('reads [tool.alembic] of a pyproject.toml (Alembic 1.16)', async () => {
    const sets = await detectSets(
      memoryTree({
        'pyproject.toml': [
          '[project]',
          'name = "app"',
          '',
          '[tool.alembic]',
          '# where the environment is',
          'script_location = "%(here)s/app/alembic"',
          'version_locations = [',
          '    "%(here)s/app/alembic/history",  # old revisions',
          "    'app/plugins/audit/revisions',",
          ']',
          '',
          '[tool.ruff]',
          'script_location = "not/this"',
          '',
        ].join('\n'),
        'alembic.ini': '[alembic]\nsqlalchemy.url = mysql+pymysql://u@h/db\n',
        'app/alembic/env.py': '',
        'app/alembic/history/b_second.py': rev('r2', "'r1'"),
        'app/alembic/history/a_first.py': rev('r1', 'None'),
        'app/plugins/audit/revisions/x_audit.py': rev('a1', "'r2'"),
      }),
    );
    expect(sets.map((s) => [s.dir, s.dialect, s.files.map((f) => f.version)])).toEqual([['app/alembic', 'mysql', ['r1', 'r2', 'a1']]]);
  });

  it('keeps environments apart: one per ini, and bare versions/ folders as the fallback', async () => {
    const sets = await detectSets(
      memoryTree({
        'core/alembic.ini': '[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://u@h/core\n',
        'core/migrations/versions/1_core.py': rev('core1', 'None'),
        'analytics/alembic.ini': '[alembic]\nscript_location = %(here)s/schema\nversion_locations = %(here)s/schema/steps\nsqlalchemy.url = mysql://u@h/analytics\n',
        'analytics/schema/steps/1_events.py': rev('an1', 'None'),
        'analytics/schema/steps/2_sessions.py': rev('an2', "'an1'"),
        'legacy/db/versions/1_old.py': rev('old1', 'None'),
      }),
    );
    expect(sets.map((s) => [s.dir, s.dialect, s.files.map((f) => f.version)])).toEqual([
      ['analytics/schema', 'mysql', ['an1', 'an2']],
      ['core/migrations', 'postgresql', ['core1']],
      ['legacy/db', 'postgresql', ['old1']],
    ]);
  });
});

describe('alembic config readers', () => {
  it('reads INI sections with continuation lines, and string, boolean and array TOML keys', () => {
    const ini = readIni('[alembic]\nscript_location: a\nversion_locations =\n  x\n  y\n; comment\n[other]\nk = v\n');
    expect(Object.fromEntries(ini.get('alembic')!)).toEqual({ script_location: 'a', version_locations: '\nx\ny' });
    const toml = readTomlTable('[tool . "alembic"]\nrecursive_version_locations = true\nversion_locations = ["a", \'b\']\nother = 3\nname = "q\\"x"\n[x]\n', 'tool.alembic');
    expect(toml && Object.fromEntries(toml)).toEqual({ recursive_version_locations: true, version_locations: ['a', 'b'], name: 'q"x' });
    // [tool.alembic.sub] makes tool.alembic a table (with no keys of its own), as TOML says.
    expect(readTomlTable('[tool.alembic.sub]\na = "b"\n', 'tool.alembic')).toEqual(new Map());
    expect(readTomlTable('[tool.other]\na = "b"\n', 'tool.alembic')).toBeUndefined();
  });
});
