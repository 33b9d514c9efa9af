import {useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {suggest, type SuggestIndex} from './suggest';
import styles from './styles.module.css';

export interface SearchBoxProps {
  /** Loads the suggestion index; called once, at the first focus, pointer or keystroke. */
  readonly load: () => Promise<SuggestIndex>;
  /** Opens a site path (with its #anchor); `query` is what was typed, for the target page to highlight. */
  readonly navigate: (url: string, query: string) => void;
  /** URL of the full-text results page; the query is appended as ?q=. */
  readonly searchPage: string;
  readonly label?: string;
  readonly limit?: number;
  /** What was typed before this box existed (the navbar's stand-in box): kept, and the index loaded for it. */
  readonly initialQuery?: string;
  /** Take the focus on mount, caret at the end (the reader was typing in the stand-in). */
  readonly autoFocus?: boolean;
  /** Enter was pressed in the stand-in: open the best match as soon as the index is there. */
  readonly enterPressed?: boolean;
}

/**
 * The navbar search box: an ARIA combobox whose list of suggestions comes from the small suggestion index
 * (./suggest.ts). Arrow keys move through the options, Enter opens the chosen one (or the best match, or the
 * full-text page when nothing matches), Escape closes the list. What is typed before the index arrives is kept: it
 * is the input's own value, matched as soon as the index is there.
 */
export default function SearchBox({
  load,
  navigate,
  searchPage,
  label = '搜索',
  limit = 8,
  initialQuery = '',
  autoFocus = false,
  enterPressed = false,
}: SearchBoxProps): ReactNode {
  const uid = useId();
  const listId = `${uid}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [index, setIndex] = useState<SuggestIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const loading = useRef<Promise<void> | null>(null);
  // Enter before the index arrived: answered when it does, not with the full-text page.
  const pendingEnter = useRef(enterPressed);

  const start = () => {
    loading.current ??= load().then(setIndex, () => setFailed(true));
  };

  useLayoutEffect(() => {
    const box = input.current;
    if (!box) return;
    if (initialQuery) start();
    if (autoFocus) {
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
      setOpen(true);
    }
    // Once, on mount: later props are not a reader's action.
  }, []);

  const results = useMemo(() => (index && query.trim() ? suggest(index, query, limit) : []), [index, query, limit]);
  useEffect(() => setActive(-1), [results]);

  const fullText = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  const choose = (i: number) => {
    const target = results[i] ?? results[0];
    // Done with this query: the box empties and lets go of the focus, for the page it opens.
    setOpen(false);
    setQuery('');
    input.current?.blur();
    if (target) navigate(target.entry.url, query.trim());
    else navigate(fullText, '');
  };
  useEffect(() => {
    if (!pendingEnter.current || (!index && !failed)) return;
    pendingEnter.current = false;
    if (query.trim()) choose(-1);
    // Only when the index (or its failure) arrives.
  }, [index, failed]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const last = results.length - 1;
      setActive((a) => (event.key === 'ArrowDown' ? (a >= last ? 0 : a + 1) : a <= 0 ? last : a - 1));
    } else if (event.key === 'Enter') {
      if (!query.trim()) return;
      event.preventDefault();
      if (!index && !failed) {
        pendingEnter.current = true;
        start();
      } else choose(active);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const shown = open && query.trim() !== '' && (index !== null || failed);
  const optionId = (i: number) => `${uid}-option-${i}`;
  return (
    <div className={styles.box}>
      <form action={searchPage} method="get" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
        <input
          ref={input}
          className="navbar__search-input"
          name="q"
          type="search"
          role="combobox"
          aria-label={label}
          aria-autocomplete="list"
          aria-expanded={shown && results.length > 0}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 && active < results.length ? optionId(active) : undefined}
          placeholder={label}
          autoComplete="off"
          maxLength={200}
          value={query}
          onPointerEnter={start}
          onFocus={() => {
            start();
            setOpen(true);
          }}
          onChange={(e) => {
            start();
            setQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </form>
      <ul id={listId} role="listbox" aria-label={`${label}建议`} className={styles.list} hidden={!shown || results.length === 0}>
        {shown &&
          results.map((r, i) => (
            <li
              key={r.entry.url}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-url={r.entry.url}
              className={styles.option}
              // Keep the focus in the box: a click chooses without blurring it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}>
              {r.entry.title}
            </li>
          ))}
      </ul>
      {/* Always in the page, so that a screen reader announces what appears in it. */}
      <p role="status" className={styles.status} hidden={!shown || (!failed && results.length > 0)}>
        {shown && (failed ? '建议加载失败，按 Enter 全文搜索' : results.length === 0 ? '没有匹配的页面，按 Enter 全文搜索' : '')}
      </p>
    </div>
  );
}
