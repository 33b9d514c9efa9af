import type {Plugin} from '@docusaurus/types';
import {cncfStats} from '../src/components/CncfCharts/stats';
import {cncfProjects, cncfSnapshot} from '../src/data/cncf-projects';

/**
 * The numbers of the CNCF maturity figures, computed from src/data/cncf-projects.ts at build time into
 * @generated/cncf-stats/default/stats.json: a page that shows a figure imports a few hundred bytes, and only the
 * projects page loads the 255 records themselves.
 */
export default function cncfStatsPlugin(): Plugin {
  return {
    name: 'cncf-stats',
    async contentLoaded({actions}) {
      await actions.createData('stats.json', JSON.stringify(cncfStats(cncfProjects, cncfSnapshot.date)));
    },
  };
}
