// Stands in for @generated/glossary/default/glossary.json in unit tests: the same data plugins/glossary.ts writes.
import {buildGlossary} from '@site/src/data/glossary-entries';
import {docInfos, pinyinOf} from '../../../plugins/glossary';

export default buildGlossary(pinyinOf, docInfos());
