import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Admonition from '@theme/Admonition';
import styles from './styles.module.css';

export interface ChangeNoteProps {
  /** ASCII anchor of the note (the changes page links it), unique on its page. */
  readonly id: string;
  /** The note's point in one line: its first line here, and its line on 2018 → 2026 变化一览 (plugins/change-notes.ts). */
  readonly summary: string;
  /** 现状: what the seed says has changed; 补充: what the seed leaves out. */
  readonly kind?: '现状' | '补充';
  readonly children: ReactNode;
}

/** A dated note on what changed since the 2018 seed, or what it leaves out. */
export default function ChangeNote({id, summary, kind = '现状', children}: ChangeNoteProps): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <div id={id} className={styles.note} data-change-note={kind}>
      <Admonition type="note" title={`${kind}（截至 2026 年）`}>
        <p className={styles.summary}>
          <strong>{summary}</strong>
        </p>
        {children}
      </Admonition>
    </div>
  );
}
