import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { RULES } from '../rules/index.js';
import { demoComment, withSample } from './preview/sample.js';
import { renderRuleDoc, renderRuleIndex } from './rule-doc.js';

/**
 * Regenerate docs/rules/ from the rules' metadata and the README's sample comment from the demo;
 * CI fails when the committed pages differ. (docs/comment.png, the screenshot, comes from
 * `npm run preview`, which needs Chromium, so CI does not regenerate it.)
 */
mkdirSync('docs/rules', { recursive: true });
for (const f of readdirSync('docs/rules')) rmSync(`docs/rules/${f}`);
for (const rule of RULES) writeFileSync(`docs/rules/${rule.id}.md`, renderRuleDoc(rule));
writeFileSync('docs/rules/README.md', renderRuleIndex(RULES));

const readme = readFileSync('README.md', 'utf8');
const updated = withSample(readme, await demoComment());
if (updated !== readme) writeFileSync('README.md', updated);
