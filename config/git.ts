import {execFileSync} from 'node:child_process';

/**
 * How much git history the build can see: "full" (every page's last commit is known), "shallow" (a `git clone
 * --depth` checkout: every page would get the date of the one commit there is), or "none" (no git, no repository).
 * The "最后更新" date of a page is shown only with the full history.
 */
export type GitHistory = 'full' | 'shallow' | 'none';

export function gitHistory(cwd: string = process.cwd()): GitHistory {
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
    return shallow.trim() === 'true' ? 'shallow' : 'full';
  } catch {
    return 'none';
  }
}

/** The build's warning when pages will show no "最后更新" date, or undefined with the full history. */
export function historyWarning(history: GitHistory): string | undefined {
  if (history === 'full') return undefined;
  return history === 'shallow'
    ? 'This is a shallow git clone: pages show no "最后更新" date (every page would get the date of its one commit). Run "git fetch --unshallow" for the dates.'
    : 'No git history here: pages show no "最后更新" date.';
}
