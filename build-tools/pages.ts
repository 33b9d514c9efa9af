/**
 * Checks of page sources that do not need a full Docusaurus build: MDX compiles, code examples parse
 * (YAML with js-yaml, TypeScript with the compiler's parser), Mermaid blocks are captioned figures.
 */
import yaml from 'js-yaml';
import ts from 'typescript';
import {codeBlocks, linesOutsideFences} from './docs';

/** Problems with the code examples of a page: unparsable YAML or TypeScript, fences without a language. */
export function checkExamples(body: string): string[] {
  const problems: string[] = [];
  for (const block of codeBlocks(body)) {
    const where = `code block at line ${block.line} (${block.lang || 'no language'})`;
    if (!block.lang) problems.push(`${where}: give the language on the fence`);
    if (block.lang === 'yaml' || block.lang === 'yml') {
      try {
        yaml.loadAll(block.code);
      } catch (error) {
        problems.push(`${where}: YAML does not parse: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    if (['ts', 'typescript', 'tsx'].includes(block.lang)) {
      const file = ts.createSourceFile(`example.${block.lang === 'tsx' ? 'tsx' : 'ts'}`, block.code, ts.ScriptTarget.Latest, true);
      const diagnostics = (file as unknown as {parseDiagnostics: readonly ts.Diagnostic[]}).parseDiagnostics;
      for (const d of diagnostics) {
        problems.push(`${where}: TypeScript syntax: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      }
    }
  }
  return problems;
}

/** Mermaid blocks must sit in a <figure> with a <figcaption> and carry accTitle/accDescr. */
export function checkDiagrams(body: string): string[] {
  const problems: string[] = [];
  for (const block of codeBlocks(body).filter((b) => b.lang === 'mermaid')) {
    if (!/accTitle:/.test(block.code) || !/accDescr:/.test(block.code)) {
      problems.push(`mermaid block at line ${block.line}: add accTitle and accDescr for screen readers`);
    }
    const before = body.split('\n').slice(Math.max(0, block.line - 4), block.line - 1).join('\n');
    const after = body.split('\n').slice(block.line, block.line + block.code.split('\n').length + 5).join('\n');
    if (!/<figure/.test(before) || !/<figcaption>/.test(after)) {
      problems.push(`mermaid block at line ${block.line}: wrap it in <figure className="kb-figure"> with a <figcaption>`);
    }
  }
  return problems;
}

/** Compiles the page as MDX (heading ids removed, as Docusaurus does before MDX parses them). */
export async function checkMdx(body: string): Promise<string[]> {
  const source = linesOutsideFences(body).reduce(
    (text, [, line]) => (/^#{1,6}\s.*\{#[^}]*\}\s*$/.test(line) ? text.replace(line, line.replace(/\s*\{#[^}]*\}\s*$/, '')) : text),
    body,
  );
  try {
    // @mdx-js/mdx is ESM-only: load it lazily so this module also works from CommonJS (tsx scripts).
    const {compile} = await import('@mdx-js/mdx');
    await compile(source);
    return [];
  } catch (error) {
    return [`MDX does not compile: ${(error as Error).message}`];
  }
}
