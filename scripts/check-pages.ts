/** Usage: npm run check:pages -- docs/patterns/retry.mdx [...]  Checks MDX, examples, diagrams, headings, spacing. */
import {readFileSync} from 'node:fs';
import matter from 'gray-matter';
import {ASCII_ID, findSpacingIssues, parseHeadings} from '../build-tools/docs';
import {checkDiagrams, checkExamples, checkMdx} from '../build-tools/pages';

async function main(): Promise<void> {
  let failed = 0;
  for (const file of process.argv.slice(2)) {
    const {content} = matter(readFileSync(file, 'utf8'));
    const problems = [
      ...(await checkMdx(content)),
      ...checkExamples(content),
      ...checkDiagrams(content),
      ...parseHeadings(content)
        .filter((h) => !h.id || !ASCII_ID.test(h.id))
        .map((h) => `line ${h.line}: heading "${h.text}" needs an explicit ASCII id`),
      ...findSpacingIssues(content).map((s) => `spacing ${s}`),
      ...(/\bTODO\b/.test(content) ? ['still has TODO'] : []),
    ];
    if (problems.length) {
      failed++;
      console.log(`${file}:\n  ${problems.join('\n  ')}`);
    }
  }
  console.log(failed ? `${failed} file(s) with problems` : 'all pages OK');
  process.exitCode = failed ? 1 : 0;
}

void main();
