// Stands in for @generated/glossary/default/terms.json in unit tests.
import {glossaryTips} from '@site/src/data/glossary-entries';
import data from './glossary-data';

export default glossaryTips(data);
