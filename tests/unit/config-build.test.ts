import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {ROOT} from '@site/build-tools/docs';

/** Runs the real CLI with a bad environment: the build must stop before compiling anything. */
function build(env: Record<string, string>) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kb-bad-env-'));
  return spawnSync(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', outDir], {
    cwd: ROOT,
    env: {...process.env, ...env},
    encoding: 'utf8',
    timeout: 90_000,
  });
}

describe('docusaurus build with an invalid environment', () => {
  it('stops with a clear message for BASE_URL without slashes', () => {
    const result = build({BASE_URL: 'kb'});
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Invalid BASE_URL="kb"');
  }, 90_000);

  it('stops with a clear message for a SITE_URL with a path', () => {
    const result = build({SITE_URL: 'https://kb.example.com/kb/'});
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Invalid SITE_URL="https://kb.example.com/kb/"');
  }, 90_000);
});

describe('docusaurus build warnings', () => {
  it('stops with a clear message for an ISSUE_URL that is not a URL', () => {
    const result = build({ISSUE_URL: 'github.com/org/kb/issues/new'});
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Invalid ISSUE_URL="github.com/org/kb/issues/new"');
  }, 90_000);

  it('prints once that SITE_URL is not set, when the production config is read without it', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('KB_CONFIG_WARNED', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const {default: config} = await import('../../docusaurus.config');
    expect(config.url).toBe('http://localhost:3000');
    const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('SITE_URL is not set'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^\[WARNING\] SITE_URL is not set.*SITE_URL=https:\/\/kb\.example\.com npm run build$/);
    warn.mockRestore();
    vi.unstubAllEnvs();
  }, 60_000);
});
