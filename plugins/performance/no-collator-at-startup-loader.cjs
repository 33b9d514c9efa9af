/**
 * Rspack loader for @docusaurus/theme-common's lib/utils/reactUtils.js: useShallowMemoObject sorts an object's keys
 * with String.prototype.localeCompare, only to get a stable order for useMemo's dependencies. The first localeCompare
 * of a page sets up ICU's collator, about 12 ms of main thread on this machine, and on every doc page that first call
 * came during hydration (the docs sidebar's navbar filler, a code block's word-wrap hook). A plain code-unit comparison
 * gives the same stable order for these ASCII keys. The build fails if the theme's code no longer matches.
 */
const FROM = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const TO = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

module.exports = function shallowMemoWithoutCollator(source) {
  if (!source.includes(FROM)) {
    throw new Error(`plugins/performance/no-collator-at-startup-loader.cjs: ${this.resourcePath} no longer contains "${FROM}"; update or remove the loader.`);
  }
  return source.replace(FROM, TO);
};
