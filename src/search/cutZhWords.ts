/**
 * Drop-in replacement for `@easyops-cn/docusaurus-search-local`'s client `cutZhWords` (0.55.3), swapped in at
 * bundle time by plugins/search-guard.ts.
 *
 * The original explores every way of cutting a run of Chinese characters into dictionary words. The number of
 * ways grows exponentially with the length of the run: a query of 熔断 repeated 250 times never returns and
 * leaves the search worker spinning, so every later query on the page hangs too. This version is the same
 * depth-first search and the same ordering, with a budget: after MAX_STEPS cuts or MAX_TERMS complete terms it
 * stops exploring and ranks what it has. Ordinary queries (a few words) never reach the budget, so their
 * results are unchanged.
 */
export interface ZhTermItem {
  value: string;
  trailing?: boolean;
}

const MAX_STEPS = 5_000;
const MAX_TERMS = 1_024;

interface Carry {
  missed: number;
  term: ZhTermItem[];
}

export function cutZhWords(token: string, zhDictionary: Iterable<string>): ZhTermItem[][] {
  const dictionary = [...zhDictionary];
  const wrappedTerms: Carry[] = [];
  let steps = 0;
  const exhausted = () => steps > MAX_STEPS || wrappedTerms.length >= MAX_TERMS;

  function cut(subToken: string, carry: Carry): void {
    steps += 1;
    if (exhausted()) {
      // Keep what was cut so far: the rest of the query is dropped rather than searched for ever.
      if (carry.term.length > 0) wrappedTerms.push({missed: carry.missed + 1, term: carry.term});
      return;
    }
    let matchedLastIndex = 0;
    let matched = false;
    for (const words of dictionary) {
      if (exhausted()) break;
      if (subToken.startsWith(words)) {
        const nextCarry = {missed: carry.missed, term: carry.term.concat({value: words})};
        if (subToken.length > words.length) cut(subToken.slice(words.length), nextCarry);
        else wrappedTerms.push(nextCarry);
        matched = true;
      } else {
        for (let lastIndex = words.length - 1; lastIndex > matchedLastIndex; lastIndex -= 1) {
          const subWords = words.slice(0, lastIndex);
          if (subToken.startsWith(subWords)) {
            matchedLastIndex = lastIndex;
            const nextCarry = {missed: carry.missed, term: carry.term.concat({value: subWords, trailing: true})};
            if (subToken.length > lastIndex) cut(subToken.slice(lastIndex), nextCarry);
            else wrappedTerms.push(nextCarry);
            matched = true;
            break;
          }
        }
      }
    }
    if (!matched) {
      if (subToken.length > 0) cut(subToken.slice(1), {missed: carry.missed + 1, term: carry.term});
      else if (carry.term.length > 0) wrappedTerms.push(carry);
    }
  }

  cut(token, {missed: 0, term: []});
  return wrappedTerms
    .sort((a, b) => {
      const aMissed = a.missed > 0 ? 1 : 0;
      const bMissed = b.missed > 0 ? 1 : 0;
      if (aMissed !== bMissed) return aMissed - bMissed;
      return a.term.length - b.term.length;
    })
    .map((item) => item.term);
}
