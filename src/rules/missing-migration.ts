import type { Severity } from '../model/finding.js';
import { appDirOfMigration, appDirOfModels, appLabels, newDrifts } from './lib/django-apps.js';
import { driftClauses, type Drift } from '../frontends/python/django-drift.js';
import { addFieldMigration, SHOP_FILES, shopModelsWith } from './lib/django-model-examples.js';
import { modelSignatures } from '../frontends/python/django-signatures.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';

const STATUS = "status = models.CharField(max_length=20, default='new')";

export const missingMigration: Rule = {
  id: 'missing-migration',
  category: 'process',
  severity: 'high',
  scope: 'history',
  dialects: 'all',
  docs: {
    summary: 'The models of a Django app changed in a way that needs a migration, but the pull request adds no migration to that app, or the migrations it has disagree with the models.',
    why: "Django reads and writes the columns its models declare. For every app whose models module changed, Migra checks two things. First, that the pull request adds a migration to the app at all when the change reaches the database. Second, that the model classes, read statically from models.py or the models/ package, match the model state the app's migrations build when replayed: every concrete model has a migration that creates it, every field one that adds it (a ForeignKey as its `_id` column, a ManyToManyField as its join table) with the same column options (field class, null, max_length, unique, db_index, db_column), and the migrations make nothing the models do not declare. A model or field without a migration makes every query on the model fail with a missing table or column. A field left in the migrations is left out of Django's INSERTs (a NOT NULL column without a database default rejects every one of them), and the next makemigrations folds the difference into an unrelated migration. Changes that need no migration (help_text, verbose_name, choices, methods) are not reported, and neither are models Migra cannot read completely (abstract, proxy and unmanaged models, bases from other modules, fields added at runtime).",
    fix: 'Run `python manage.py makemigrations <app>` and commit the migration with the model change; if the migration of the pull request was written by hand, regenerate it so it matches the models. Add `python manage.py makemigrations --check --dry-run` to CI so this cannot be merged again. To remove a field, go in two releases: first make it nullable (or give it a db_default) and deploy the code that no longer uses it, then remove it with its migration.',
    bad: [
      {
        sql: '',
        files: { before: SHOP_FILES, head: { ...SHOP_FILES, 'shop/models.py': shopModelsWith(STATUS) } },
        note: 'A field added to the model, and no migration in the pull request.',
      },
      {
        sql: '',
        files: {
          before: SHOP_FILES,
          head: { ...SHOP_FILES, 'shop/models.py': shopModelsWith(STATUS), 'shop/migrations/0002_order_state.py': addFieldMigration('state', "models.CharField(max_length=20, default='new')") },
        },
        note: 'The model gains `status`, but the migration of the pull request adds `state`: the models and the replayed migrations disagree.',
      },
    ],
    good: [
      {
        sql: '',
        files: {
          before: SHOP_FILES,
          head: { ...SHOP_FILES, 'shop/models.py': SHOP_FILES['shop/models.py'].replace('decimal_places=2)', 'decimal_places=2, help_text="Total in EUR")').replace('return f"Order {self.pk}"', 'return f"Order #{self.pk}"') },
        },
        note: 'A help text and a method changed: nothing in the database changes.',
      },
      {
        sql: '',
        files: {
          before: SHOP_FILES,
          head: { ...SHOP_FILES, 'shop/models.py': shopModelsWith(STATUS), 'shop/migrations/0002_order_status.py': addFieldMigration('status', "models.CharField(max_length=20, default='new')") },
        },
        note: 'The field comes with the migration that adds it.',
      },
    ],
  },
  check(ctx) {
    if (ctx.set.format !== 'django' || !ctx.allChanges || !ctx.changedTexts) return [];
    const labels = appLabels(ctx);
    const withNewMigration = new Set(ctx.changes.filter((c) => c.headFile && !c.baseFile).map((c) => appDirOfMigration(c.headFile!.path)));
    const unmigrated = changedWithoutMigration(ctx, withNewMigration);
    const hits: RuleHit[] = [];
    for (const [dir, label] of labels) {
      if (![...ctx.changedTexts.keys()].some((p) => appDirOfModels(p) === dir)) continue;
      const modules = unmigrated.filter((m) => m.dir === dir);
      const alone: Drift[] = [];
      for (const d of newDrifts(ctx, dir, label)) {
        // One finding per model: what part 1 already reports takes the details along.
        const m = modules.find((x) => x.path === d.file && x.changed.has(d.model.toLowerCase())) ?? modules.find((x) => x.changed.has(d.model.toLowerCase()));
        if (m) m.details.push(d);
        else alone.push(d);
      }
      hits.push(...modules.map(unmigratedHit), ...driftHits(alone, label));
    }
    return hits;
  },
};

interface Unmigrated {
  dir: string;
  path: string;
  line: number;
  names: string[];
  changed: Set<string>;
  details: Drift[];
}

/** Models modules whose database-relevant content changed in an app that gets no new migration. */
function changedWithoutMigration(ctx: RuleContext, withNewMigration: ReadonlySet<string>): Unmigrated[] {
  const out: Unmigrated[] = [];
  for (const change of ctx.allChanges ?? []) {
    const texts = ctx.changedTexts?.get(change.path);
    if (!texts) continue;
    const dir = appDirOfModels(change.path);
    if (withNewMigration.has(dir)) continue;
    // Only apps that have migrations in this project (a models module elsewhere is not an app Migra knows).
    if (!ctx.set.files.some((f) => appDirOfMigration(f.path) === dir)) continue;
    const before = modelSignatures(texts.before ?? '');
    const head = modelSignatures(texts.head ?? '');
    const names = [...new Set([...head.keys(), ...before.keys()])].filter((k) => before.get(k)?.sig !== head.get(k)?.sig);
    if (!names.length) continue;
    const line = Math.min(...names.map((k) => head.get(k)?.line ?? 1));
    out.push({ dir, path: change.path, line, names, changed: new Set(names.map((n) => n.toLowerCase())), details: [] });
  }
  return out;
}

/** Clauses as one sentence; a long list keeps its first items and counts the rest. */
const sentence = (clauses: string[]): string => {
  const shown = clauses.length > 6 ? [...clauses.slice(0, 5), `and ${clauses.length - 5} more`] : clauses;
  const s = shown.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

function unmigratedHit(m: Unmigrated): RuleHit {
  const details = m.details.length ? ` ${sentence(driftClauses(m.details))}.` : '';
  return {
    at: { file: m.path, line: m.line, endLine: m.line },
    message: `The models of ${m.dir || 'the app'} changed (${m.names.join(', ')}) but this pull request adds no migration to ${m.dir ? `${m.dir}/` : ''}migrations: the deployed code will use columns the database does not have.${details}`,
  };
}

/** One finding per model and risk: what the models declare that no migration makes, and the reverse. */
function driftHits(drifts: readonly Drift[], label: string): RuleHit[] {
  const groups = new Map<string, Drift[]>();
  for (const d of drifts) {
    const k = `${d.file}\0${d.model.toLowerCase()}\0${d.risk}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  return [...groups.values()].map((g) => {
    const line = Math.min(...g.map((d) => d.line));
    const q = `${label}.${g[0].model}`;
    const clauses = sentence(driftClauses(g));
    const at = { file: g[0].file, line, endLine: line };
    if (g[0].risk === 'ahead') {
      const severity: Severity | undefined = g.some((d) => d.kind !== 'option') ? undefined : 'medium';
      const consequence = g.some((d) => d.kind === 'model')
        ? `every query on ${q} fails until a migration creates its table`
        : g.some((d) => d.kind === 'field')
          ? `Django selects every field of a model, so every query on ${q} fails until a migration adds the column`
          : 'the database keeps the old column definition, and the next makemigrations folds the change into an unrelated migration';
      return {
        at,
        message: `${clauses}: ${consequence}.`,
        why: 'Django reads and writes the columns its models declare. Deployed with migrations that do not make them, the application queries columns and tables that do not exist, or writes values the old column definition rejects.',
        fix: `Run \`python manage.py makemigrations ${label}\` and commit the migration with the model change; if the migration of this pull request was written by hand, regenerate it so it matches the models.`,
        ...(severity ? { severity } : {}),
      };
    }
    const blocks = g.some((d) => d.blocksInserts);
    const consequence = blocks
      ? `Django leaves it out of its INSERTs, so every new ${q} row fails on the NOT NULL constraint, and the next makemigrations generates its removal`
      : 'Django does not read or write it, and the next makemigrations generates its removal';
    return {
      at,
      message: `${clauses}: ${consequence}.`,
      why: 'The migrations create what the models do not declare, so the database has it while the application ignores it.',
      fix: g.every((d) => d.madeByPr)
        ? `The migration of this pull request does not match the models: regenerate it with \`python manage.py makemigrations ${label}\`, or declare the field in the model.`
        : `If it should go, make it nullable (or give it a db_default) in a migration now and deploy the code that no longer uses it, then remove it with \`makemigrations ${label}\` in a later release. If it should stay, put it back in the model.`,
      severity: blocks ? 'high' : 'medium',
    };
  });
}
