import { modelKey, type DjangoModel } from '../../frontends/python/django.js';
import type { RuleContext } from '../rule.js';
import { appDrift, type Drift } from '../../frontends/python/django-drift.js';
import { readModelsModule } from '../../frontends/python/django-models.js';

const MODELS_MODULE = /(?:^|\/)models(?:\.py|\/[^/]+\.py)$/;

/** The folder of the app a models module (`shop/models.py`, `shop/models/order.py`) belongs to. */
export function appDirOfModels(path: string): string {
  return path.replace(MODELS_MODULE, '');
}

/** The folder of the app a migration file (`shop/migrations/0001_initial.py`) belongs to. */
export function appDirOfMigration(path: string): string {
  return path.split('/').slice(0, -2).join('/');
}

/** App folder → app label, from the migrations of the set (apps.py may rename the label). */
export function appLabels(ctx: RuleContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of [...(ctx.baseSet?.files ?? []), ...ctx.set.files]) if (f.graph?.app) out.set(appDirOfMigration(f.path), f.graph.app);
  return out;
}

/**
 * The drifts between the models and the migrations of one app that this pull request brings:
 * those at head that did not exist at base. A model Migra could not judge at base is not judged
 * at head either, so a long-standing gap does not surface because a file around it changed.
 */
export function newDrifts(ctx: RuleContext, dir: string, label: string): Drift[] {
  const head = ctx.djangoModels?.head;
  if (!head || !ctx.changedTexts) return [];
  // A migration of this PR that Migra could not read leaves the state incomplete.
  if (ctx.ops.some((r) => r.op.kind === 'unparsed' && r.file.graph?.app === label)) return [];
  const texts = [...ctx.changedTexts].filter(([p]) => MODELS_MODULE.test(p) && appDirOfModels(p) === dir);
  const at = (side: 'before' | 'head') => texts.flatMap(([path, t]) => (t[side] === undefined ? [] : [{ path, text: t[side]! }]));
  const baseState = ctx.djangoModels?.base ?? new Map<string, DjangoModel>();
  const base = appDrift({ label, modules: at('before'), state: baseState, registered: () => true });
  if (base.unsure === 'all') return [];
  const initText = ctx.changedTexts.get(`${dir ? `${dir}/` : ''}models/__init__.py`)?.head;
  const init = initText === undefined ? undefined : readModelsModule(initText);
  const registered = (path: string): boolean => {
    if (/(?:^|\/)models(?:\.py|\/__init__\.py)$/.test(path)) return true;
    const stem = path.replace(/^.*\/|\.py$/g, '');
    if (init?.relativeImports.has(stem)) return true;
    // Django imported this module at base: one of its classes was a model the migrations knew.
    return [...base.declared].some(([k, p]) => p === path && baseState.has(modelKey(label, k)));
  };
  const headDrift = appDrift({ label, modules: at('head'), state: head, registered, declaredBefore: base.declared });
  if (headDrift.unsure === 'all') return [];
  const old = new Set(base.drifts.map((d) => d.key));
  const unsure = base.unsure;
  const fresh = headDrift.drifts.filter((d) => !old.has(d.key) && !unsure.has(d.model.toLowerCase()));
  for (const d of fresh) {
    if (d.risk !== 'behind') continue;
    const before = baseState.get(modelKey(label, d.model));
    d.madeByPr = !before || (d.field !== undefined && !before.fields.has(d.field));
  }
  return fresh;
}
