import {useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {suggest, type SuggestIndex} from './suggest';
import styles from './styles.module.css';

export interface SearchBoxProps {
  /** Loads the suggestion index; called once, at the first focus, pointer or keystroke. */
  readonly load: () => Promise<SuggestIndex>;
  /** Opens a site path (with its #anchor). */
  readonly navigate: (url: string) => void;
  /** URL of the full-text results page; the query is appended as ?q=. */
  readonly searchPage: string;
  readonly label?: string;
  readonly limit?: number;
}

/**
 * The navbar search box: an ARIA combobox whose list of suggestions comes from the small suggestion index
 * (./suggest.ts). Arrow keys move through the options, Enter opens the chosen one (or the best match, or the
 * full-text page when nothing matches), Escape closes the list. What is typed before the index arrives is kept: it
 * is the input's own value, matched as soon as the index is there.
 */
export default function SearchBox({load, navigate, searchPage, label = '搜索', limit = 8}: SearchBoxProps): ReactNode {
  const uid = useId();
  const listId = `${uid}-list`;
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SuggestIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const loading = useRef<Promise<void> | null>(null);

  const start = () => {
    loading.current ??= load().then(setIndex, () => setFailed(true));
  };

  const results = useMemo(() => (index && query.trim() ? suggest(index, query, limit) : []), [index, query, limit]);
  useEffect(() => setActive(-1), [results]);

  const fullText = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  const choose = (i: number) => {
    const target = results[i] ?? results[0];
    setOpen(false);
    navigate(target ? target.entry.url : fullText);
  };

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
      choose(active);
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
