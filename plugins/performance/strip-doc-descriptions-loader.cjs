/**
 * Rspack loader for the docs plugin's version metadata (.docusaurus/docusaurus-plugin-content-docs/<id>/p/*.json),
 * which every doc page loads: it drops the `description` of each doc from `version.docs`. The theme reads those
 * only for DocCard (category index cards), which this site does not use; they were 5 of the 8.7 KB gzipped.
 * Page descriptions in <meta> and search are unaffected (they come from each page's own metadata).
 */
module.exports = function stripDocDescriptions(source) {
  const data = JSON.parse(source);
  const docs = data && data.version && data.version.docs;
  if (docs) for (const doc of Object.values(docs)) delete doc.description;
  return JSON.stringify(data);
};
