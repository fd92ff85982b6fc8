import { readPython, type PyStmt, type PyValue } from '../python/reader.js';
import type { Rule, RuleHit } from './rule.js';

/** Field options that never change the database, so Django's migration for them is state only. */
const NO_DB_EFFECT = new Set(['help_text', 'verbose_name', 'verbose_name_plural', 'choices', 'validators', 'blank', 'editable', 'error_messages', 'related_name', 'related_query_name', 'limit_choices_to', 'on_delete', 'default', 'upload_to', 'storage', 'serialize', 'auto_created', 'max_upload_size', 'path', 'match', 'recursive', 'allow_files', 'allow_folders', 'unpack_ipv4', 'form_class']);
/** Meta options that reach the database. */
const DB_META = new Set(['db_table', 'unique_together', 'index_together', 'indexes', 'constraints', 'managed', 'abstract', 'proxy', 'db_table_comment', 'order_with_respect_to']);
const ON_DELETE = /\b(CASCADE|PROTECT|SET_NULL|DO_NOTHING|SET_DEFAULT|RESTRICT)\b/;

/**
 * What of a models module reaches the database, as one comparable string per model class: its
 * name and bases, its fields with the options that change columns, and the database-related Meta
 * options. Methods, managers, docstrings, help texts, verbose names and choices are left out.
 */
export function modelSignatures(text: string): Map<string, { line: number; sig: string }> {
  const mod = readPython(text);
  const out = new Map<string, { line: number; sig: string }>();
  const show = (v: PyValue): string => mod.text(v).replace(/\s+/g, ' ').replace(/,\s*([)\]}])/g, '$1');
  const visit = (stmts: readonly PyStmt[]) => {
    for (const s of stmts) {
      if (s.t !== 'class' || s.name === 'Meta') continue;
      const parts: string[] = [`bases ${s.bases.map(show).join(',')}`];
      for (const b of s.body) {
        if (b.t === 'assign' && b.value.t === 'call' && /(Field|ForeignKey|ManyToManyField|OneToOneField|Key)$/.test(b.value.callee)) {
          const v = b.value;
          const kwargs = [...v.kwargs].filter(([k]) => !NO_DB_EFFECT.has(k)).map(([k, x]) => `${k}=${show(x)}`).sort();
          const args = v.args.filter((a) => !ON_DELETE.test(show(a)) && a.t !== 'str').map(show);
          const target = v.args.find((a) => a.t === 'str');
          if (target && /Key|ManyToMany/.test(v.callee)) args.unshift(show(target));
          parts.push(`field ${b.targets.join(',')}=${v.callee}(${[...args, ...kwargs].join(',')})`);
        } else if (b.t === 'class' && b.name === 'Meta') {
          for (const m of b.body) if (m.t === 'assign' && m.targets.some((t) => DB_META.has(t))) parts.push(`meta ${m.targets.join(',')}=${show(m.value)}`);
        } else if (b.t === 'other' && b.error) parts.push(`unreadable ${mod.text(b)}`);
      }
      out.set(s.name, { line: mod.lineOf(s.from), sig: parts.sort().join('\n') });
    }
  };
  visit(mod.body);
  return out;
}

const BASE_MODELS = `from django.db import models


class Order(models.Model):
    total = models.DecimalField(max_digits=10, decimal_places=2)

    def __str__(self):
        return f"Order {self.pk}"
`;
const BASE_FILES = {
  'shop/models.py': BASE_MODELS,
  'shop/migrations/0001_initial.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(primary_key=True)),
                ('total', models.DecimalField(max_digits=10, decimal_places=2)),
            ],
        ),
    ]
`,
};

export const missingMigration: Rule = {
  id: 'missing-migration',
  category: 'process',
  severity: 'high',
  scope: 'history',
  dialects: 'all',
  docs: {
    summary: 'The models of a Django app changed in a way that needs a migration, but the pull request adds no migration to that app.',
    why: 'Django reads and writes the columns its models describe. Deployed without the migration, the application queries columns and tables that do not exist and fails on every request that touches the model; the next developer to run makemigrations gets your change folded into an unrelated migration.',
    fix: 'Run `python manage.py makemigrations <app>` and commit the migration with the model change. Add `python manage.py makemigrations --check --dry-run` to CI so this cannot be merged again.',
    bad: [
      {
        sql: '',
        files: {
          before: BASE_FILES,
          head: { ...BASE_FILES, 'shop/models.py': BASE_MODELS.replace('decimal_places=2)\n', "decimal_places=2)\n    status = models.CharField(max_length=20, default='new')\n") },
        },
      },
    ],
    good: [
      {
        sql: '',
        files: {
          before: BASE_FILES,
          head: { ...BASE_FILES, 'shop/models.py': BASE_MODELS.replace('decimal_places=2)', 'decimal_places=2, help_text="Total in EUR")').replace('return f"Order {self.pk}"', 'return f"Order #{self.pk}"') },
        },
        note: 'A help text and a method changed: nothing in the database changes.',
      },
    ],
  },
  check(ctx) {
    if (ctx.set.format !== 'django' || !ctx.allChanges || !ctx.changedTexts) return [];
    const appsWithNewMigration = new Set(ctx.changes.filter((c) => c.headFile && !c.baseFile).map((c) => appDirOf(c.headFile!.path)));
    const hits: RuleHit[] = [];
    for (const change of ctx.allChanges) {
      const texts = ctx.changedTexts.get(change.path);
      if (!texts) continue;
      const appDir = change.path.replace(/\/models(?:\.py|\/[^/]+\.py)$/, '').replace(/^models(?:\.py|\/[^/]+\.py)$/, '');
      if (appsWithNewMigration.has(appDir)) continue;
      // Only apps that have migrations in this project (a models module elsewhere is not an app Migra knows).
      if (!ctx.set.files.some((f) => appDirOf(f.path) === appDir)) continue;
      const before = modelSignatures(texts.before ?? '');
      const head = modelSignatures(texts.head ?? '');
      const changed = [...new Set([...before.keys(), ...head.keys()])].filter((k) => before.get(k)?.sig !== head.get(k)?.sig);
      if (!changed.length) continue;
      const line = Math.min(...changed.map((k) => head.get(k)?.line ?? 1));
      hits.push({
        at: { file: change.path, line, endLine: line },
        message: `The models of ${appDir || 'the app'} changed (${changed.join(', ')}) but this pull request adds no migration to ${appDir}/migrations: the deployed code will use columns the database does not have.`,
      });
    }
    return hits;
  },
};

function appDirOf(migrationPath: string): string {
  const parts = migrationPath.split('/');
  return parts.slice(0, -2).join('/');
}
