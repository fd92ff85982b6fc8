import { type PyStmt, type PyValue } from '../../python/reader.js';
import { readPythonOnce } from '../../python/read-once.js';

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
  const mod = readPythonOnce(text);
  const out = new Map<string, { line: number; sig: string }>();
  const show = (v: PyValue): string => mod.text(v).replace(/\s+/g, ' ').replace(/,\s*([)\]}])/g, '$1');
  const visit = (stmts: readonly PyStmt[]) => {
    for (const s of stmts) {
      if (s.t !== 'class' || s.name === 'Meta') continue;
      const parts: string[] = [`bases ${s.bases.map(show).join(',')}`];
      for (const b of s.body) {
        if (b.t === 'assign' && b.value.t === 'call' && /(Field|ForeignKey|ManyToManyField|OneToOneField|Key)$/.test(b.value.callee) && !/GenericForeignKey$/.test(b.value.callee)) {
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
