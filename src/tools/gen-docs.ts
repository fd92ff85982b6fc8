import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { RULES } from '../rules/index.js';
import { renderRuleDoc, renderRuleIndex } from './rule-doc.js';

/** Regenerate docs/rules/ from the rules' metadata; CI fails when the committed pages differ. */
mkdirSync('docs/rules', { recursive: true });
for (const f of readdirSync('docs/rules')) rmSync(`docs/rules/${f}`);
for (const rule of RULES) writeFileSync(`docs/rules/${rule.id}.md`, renderRuleDoc(rule));
writeFileSync('docs/rules/README.md', renderRuleIndex(RULES));
