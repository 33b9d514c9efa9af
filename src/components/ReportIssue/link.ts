/** A new-issue link that names the page: ISSUE_URL with title= and body= added to whatever query it has. */
export function issueLink(issueUrl: string, pageTitle: string, pageUrl: string): string {
  const url = new URL(issueUrl);
  url.searchParams.set('title', `[勘误] ${pageTitle}`);
  url.searchParams.set('body', `页面：${pageUrl}\n\n问题（原文、应改为、依据或来源）：\n`);
  return url.toString();
}
