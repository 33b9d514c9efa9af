/**
 * The dated notes of docs/ (<ChangeNote id summary kind>), read from the page sources: plugins/change-notes.ts
 * gathers them for the page 2018 → 2026 变化一览, and the unit tests check every note is well formed.
 */
import {ASCII_ID} from './docs';

export interface ChangeNoteRef {
  readonly id: string;
  readonly kind: '现状' | '补充';
  readonly summary: string;
  /** 1-based line of the opening tag. */
  readonly line: number;
}

/** Every <ChangeNote …> opening tag of a page, in order; throws naming the file and line of a malformed one. */
export function extractChangeNotes(source: string, file: string): ChangeNoteRef[] {
  const notes: ChangeNoteRef[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    if (!text.includes('<ChangeNote')) return;
    const where = `${file}:${index + 1}`;
    const tag = /^<ChangeNote((?:\s+[a-z]+="[^"]*")*)\s*>$/.exec(text.trim());
    if (!tag) throw new Error(`${where}: a <ChangeNote> must open on a line of its own, with attributes id="…" summary="…" [kind="补充"]`);
    const attributes = Object.fromEntries([...tag[1]!.matchAll(/([a-z]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const {id, summary, kind = '现状', ...rest} = attributes;
    if (Object.keys(rest).length > 0) throw new Error(`${where}: unknown <ChangeNote> attribute ${Object.keys(rest).join(', ')}`);
    if (!id || !ASCII_ID.test(id)) throw new Error(`${where}: <ChangeNote> needs an ASCII kebab-case id, got "${id ?? ''}"`);
    if (!summary?.trim()) throw new Error(`${where}: <ChangeNote id="${id}"> needs a one-line summary`);
    if (kind !== '现状' && kind !== '补充') throw new Error(`${where}: <ChangeNote id="${id}"> kind must be 现状 or 补充, got "${kind}"`);
    if (notes.some((n) => n.id === id)) throw new Error(`${where}: a second <ChangeNote id="${id}"> on the page`);
    notes.push({id, kind, summary: summary.trim(), line: index + 1});
  });
  const opened = notes.length;
  const closed = lines.filter((l) => l.trim() === '</ChangeNote>').length;
  if (opened !== closed) throw new Error(`${file}: ${opened} <ChangeNote> opened, ${closed} closed (each closes on a line of its own)`);
  return notes;
}
