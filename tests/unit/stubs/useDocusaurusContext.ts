// Stands in for @docusaurus/useDocusaurusContext in jsdom tests: the site config fields components read.
export default function useDocusaurusContext(): {siteConfig: {url: string; baseUrl: string; customFields: Record<string, unknown>}} {
  return {siteConfig: {url: 'http://localhost:3000', baseUrl: '/', customFields: {}}};
}
