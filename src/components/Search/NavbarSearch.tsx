import {useEffect, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import SearchBox from './index';
import {loadSuggestIndex, withHighlight} from './loadIndex';

/** The navbar's search box: <SearchBox> bound to the site's router, base URL and /search page. */
export interface NavbarSearchProps {
  readonly initialQuery: string;
  readonly autoFocus: boolean;
  readonly enterPressed: boolean;
}

/**
 * Every page renders its own navbar, so a page change replaces the box. What a reader was typing into it then (the
 * next page was still loading) is carried over to the next page's box, with the focus.
 */
let carried: string | undefined;

export default function NavbarSearch({initialQuery, autoFocus, enterPressed}: NavbarSearchProps): ReactNode {
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const wrapper = useRef<HTMLDivElement>(null);
  const [carry] = useState(() => {
    const text = carried;
    carried = undefined;
    return text;
  });
  useLayoutEffect(() => {
    const box = wrapper.current;
    return () => {
      const input = box?.querySelector('input');
      carried = input && input.value && document.activeElement === input ? input.value : undefined;
    };
  }, []);
  // The theme moves the focus to the top of a newly opened page (an effect of its skip-to-content link, which runs
  // before this one): a reader who was typing in the box meanwhile gets it back. Layout effects run before any
  // effect, so the first one sees where the focus was when the page changed.
  const {pathname} = useLocation();
  const typing = useRef(carry !== undefined);
  useLayoutEffect(() => {
    typing.current ||= document.activeElement === wrapper.current?.querySelector('input');
  }, [pathname]);
  useEffect(() => {
    const input = wrapper.current?.querySelector('input');
    if (!typing.current || !input) return;
    typing.current = false;
    if (document.activeElement === input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [pathname]);
  return (
    <div className="navbar__search" ref={wrapper}>
      <SearchBox
        load={loadSuggestIndex}
        navigate={(url, query) => history.push(withBaseUrl(withHighlight(url, query)))}
        // A site path like the suggestions' URLs: navigate adds the base URL to both.
        searchPage="/search"
        initialQuery={initialQuery || carry || ''}
        autoFocus={autoFocus || carry !== undefined}
        enterPressed={enterPressed}
      />
    </div>
  );
}
