import type {Plugin} from '@docusaurus/types';
import {validateData} from '../src/data/validate';

/** Stops `docusaurus build`/`start` when a record in src/data breaks its schema (message names file, record, field). */
export default function validateDataPlugin(): Plugin {
  return {
    name: 'validate-data',
    loadContent() {
      validateData();
    },
  };
}
