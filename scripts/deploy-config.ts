/**
 * npm run deploy-config: writes the two generated parts of deploy/nginx.conf from the site itself:
 *   deploy/kb/security-headers.conf  headers, with a Content-Security-Policy that allows the inline scripts of
 *                                    build/ by their sha256 (run after `npm run build`);
 *   deploy/kb/redirects.conf         a 301 for every short link and old URL of config/redirects.ts.
 * tests/e2e/nginx.test.ts fails when either is out of date.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from '../build-tools/docs';
import {readSiteEnv} from '../config/env';
import {redirectsConf, securityHeadersConf} from '../build-tools/deploy';

writeFileSync(path.join(ROOT, 'deploy/kb/security-headers.conf'), securityHeadersConf());
writeFileSync(path.join(ROOT, 'deploy/kb/redirects.conf'), redirectsConf(readSiteEnv(process.env).baseUrl));
console.log('wrote deploy/kb/security-headers.conf and deploy/kb/redirects.conf');
