import {useEffect, useId, useRef, useState, type ReactNode, type MouseEvent} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

interface Props {
  /** Glossary id: a term of src/data/glossary.ts or a pattern slug. */
  readonly id: string;
  /** Text shown in the sentence; defaults to the term's Chinese name. */
  readonly children?: ReactNode;
  /** Filled in from the glossary at build time by plugins/remark-glossary-terms.ts. */
  readonly chinese: string;
  readonly english: string;
  readonly definition: string;
  /** The entry on /docs/glossary or /docs/glossary/patterns. */
  readonly href: string;
}

/**
 * A glossary term in running text: a link to its entry on /docs/glossary whose definition appears on hover,
 * keyboard focus or a first tap (touch screens), is dismissed with Escape, and is the link's accessible
 * description (aria-describedby), so screen readers announce it. Without JavaScript the CSS still shows it
 * on hover and focus. The names and definition come from the glossary at build time; an unknown id stops the build.
 */
export default function Term({children, chinese, english, definition, href}: Props): ReactNode {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  // Shown by hover or focus (CSS) or by a tap (open); Escape hides it until the pointer or focus leaves (WCAG 1.4.13).
  const [active, setActive] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!active && !open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        setDismissed(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, open]);

  // On a narrow screen the definition is a sheet along the bottom edge: if it would cover the word tapped,
  // scroll the word up above it, so that the second tap lands on the link and not on the sheet.
  const linkRef = useRef<HTMLAnchorElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const link = linkRef.current?.getBoundingClientRect();
    const tip = tipRef.current?.getBoundingClientRect();
    if (link && tip && tip.height > 0 && link.bottom > tip.top - 8 && link.top < tip.bottom) {
      window.scrollBy({top: link.bottom - tip.top + 16});
    }
  }, [open]);

  const reset = () => {
    setActive(false);
    setOpen(false);
    setDismissed(false);
  };

  // Touch screens have no hover: the first tap shows the definition, the second follows the link.
  const onClick = (event: MouseEvent) => {
    if (!open && window.matchMedia('(hover: none)').matches) {
      event.preventDefault();
      setOpen(true);
      setDismissed(false);
    }
  };

  return (
    <span
      className={styles.term}
      data-open={open || undefined}
      data-dismissed={dismissed || undefined}
      onMouseEnter={() => setActive(true)}
      onFocus={() => setActive(true)}
      onMouseLeave={reset}
      onBlur={reset}>
      <Link ref={linkRef} to={href} className={styles.link} aria-describedby={tipId} onClick={onClick}>
        {children ?? chinese}
      </Link>
      <span ref={tipRef} role="tooltip" id={tipId} className={`${styles.tip} kb-term-tip kb-popover`}>
        <strong>
          {chinese}
          {english !== chinese && <span lang="en">（{english}）</span>}
        </strong>
        ：{definition}
      </span>
    </span>
  );
}
