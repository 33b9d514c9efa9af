// Stands in for @docusaurus/useBrokenLinks in jsdom tests: the build's link checker has nothing to collect here.
export default function useBrokenLinks(): {collectAnchor: (id: string) => void; collectLink: (link: string) => void} {
  return {collectAnchor: () => {}, collectLink: () => {}};
}
