import {chapterOutline, type ChapterOutline} from './chapter-outline';
import {PATTERN_GROUPS, patternGroup} from './pattern-groups';
import {patterns} from './patterns';

export {chapterHref} from './chapter-outline';

/** A chapter (src/data/chapter-outline.ts) with its pages. Feeds the sidebar, the home page and the site map. */
export interface Chapter extends ChapterOutline {
  /** Doc ids of the chapter's other pages, in reading order. */
  readonly pages: readonly string[];
  /** The same pages in labelled groups, for a chapter too long for one list (the sidebar shows a category each). */
  readonly groups?: readonly {readonly label: string; readonly pages: readonly string[]}[];
}

/** The pages of each chapter after its first, in reading order; a chapter not listed has none. */
const PAGES: Readonly<Record<string, readonly string[]>> = {
  'cloud-native': ['cloud-native/cncf', 'cloud-native/cncf-projects', 'cloud-native/success-cases'],
  'architecture': ['architecture/characteristics', 'architecture/twelve-factor', 'architecture/reference-architecture'],
  'design-patterns': ['design-patterns/problem-categories', 'design-patterns/azure-patterns', 'design-patterns/azure-patterns-2015', 'design-patterns/dfx'],
  'patterns': patterns.map((p) => `patterns/${p.slug}`),
  'orchestration': ['orchestration/kubernetes', 'orchestration/mesos', 'orchestration/docker-swarm'],
  'service-mesh': ['service-mesh/implementations'],
  'glossary': ['glossary/patterns'],
  'about': ['about/changes-since-2018', 'about/changelog'],
};

export const chapters: readonly Chapter[] = chapterOutline.map((c) =>
  c.slug === 'patterns'
    ? {
        ...c,
        pages: PAGES[c.slug]!,
        groups: PATTERN_GROUPS.map((g) => ({
          label: g.title,
          pages: patterns.filter((p) => patternGroup(p) === g.id).map((p) => `patterns/${p.slug}`),
        })),
      }
    : {...c, pages: PAGES[c.slug] ?? []},
);
