/**
 * npm run translations — lists the Chinese pages whose English twin is missing, has no source_hash, or was
 * translated from an older version of the Chinese page (build-tools/translations.ts).
 *   -- --strict               exit 1 when any page is not current (for a check once the English edition is complete)
 *   -- --stamp <docs path>…   after updating a translation: record the Chinese page's current hash in it,
 *                             e.g. --stamp orchestration/kubernetes.md
 */
import {formatStatus, stampTranslation, translationStatus} from '../build-tools/translations';

const args = process.argv.slice(2);
const stampAt = args.indexOf('--stamp');
if (stampAt >= 0) {
  const docs = args.slice(stampAt + 1).filter((a) => !a.startsWith('--'));
  if (docs.length === 0) {
    console.error('--stamp needs the pages to stamp, as paths below docs/ (e.g. orchestration/kubernetes.md)');
    process.exit(1);
  }
  for (const doc of docs) console.log(`${doc}: source_hash ${stampTranslation(doc.replace(/^docs\//, ''))}`);
}
const status = translationStatus();
console.log(formatStatus(status));
if (args.includes('--strict') && status.some((s) => s.state !== 'current')) process.exit(1);
