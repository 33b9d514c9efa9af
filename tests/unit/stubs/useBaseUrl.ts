// The site at the root: '/x' and 'x' are both /x.
export default function useBaseUrl(path: string): string {
  return `/${path.replace(/^\//, '')}`;
}
