/**
 * Tweak `boot-after-paint`: Docusaurus's HTML template (@docusaurus/core lib/ssg/ssgTemplate.html.js, 3.10.2) with one change: the
 * bundles are not `<script defer>`. Their URLs are listed in the data-kb-boot attribute of a small inline script
 * at the end of <body>, which starts them once the browser has painted the server-rendered page.
 *
 * Why: with `defer`, Chromium runs the bundles right after parsing and paints nothing until they are done. On
 * this machine (Chromium with 4× CPU slowdown) a chapter painted its first text at 2.3 s with the bundles and
 * at 1.4 s without them; Lighthouse's mobile LCP went from 3.0 s to 0.9 s. Readers see the page a frame
 * before it becomes interactive; a tab opened in the background loads the bundles at once.
 *
 * "Painted" means the browser has reported the largest contentful paint (a PerformanceObserver; its first entry
 * comes once the first frame with text is on screen). Until 2026-11-29 the bundles were also fetched from the start
 * (<link rel=prefetch> in <head>) and started one animation frame after parsing. Their download then shared the
 * network with the page's own HTML and CSS, and Lighthouse's mobile simulation put LCP at 1.8–2.4 s in about half
 * the runs, although the largest paragraph was painted at the first paint every time. Fetched only after the paint,
 * LCP was 0.92 s on the chapter page in 3 runs of 3. The cost: on a slow network the page becomes interactive later
 * by the bundles' download time (see CONTRIBUTING.md, 性能测量). Without LCP timing (older Safari) the loader waits a
 * frame and a task, and if no paint is reported within 3 s it starts the bundles anyway.
 *
 * With route-chunks-in-html, the list holds the page's route chunks too, before main.js: the scripts run in that
 * order, so the chunks are installed when main.js asks for them, and main.js creates no script element of its own.
 *
 * The loader is the same text on every page, so the CSP in deploy/ allows it by one hash.
 *
 * Measured gain: 2026-11-29, Lighthouse mobile, chapter page, 3 runs before and after: LCP 3.0 s → 0.9 s.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): LCP 2231 → 980
 * ms (doc page), 2418 → 985 ms (pattern page).
 * Unnecessary when: Docusaurus lets a site start its bundles after the first paint (3.10.2's template only writes
 * `<script defer>`; the template itself is public config, `ssrTemplate`, so this tweak uses no private API).
 */
export const BOOT_SCRIPT =
  "(function(){var d=document,P=window.PerformanceObserver,c=d.currentScript,started=0;" +
  "function go(){if(started)return;started=1;c.getAttribute('data-kb-boot').split(' ').forEach(function(src){" +
  "var s=d.createElement('script');s.src=src;s.async=false;d.body.appendChild(s)})}" +
  "if(d.visibilityState==='hidden')go();" +
  "else if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('largest-contentful-paint')>=0){" +
  "new P(function(list,o){o.disconnect();setTimeout(go)}).observe({type:'largest-contentful-paint',buffered:true});setTimeout(go,3000)}" +
  "else requestAnimationFrame(function(){setTimeout(go)})})()";

export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script data-kb-boot="<%= [...it.scripts.filter((s) => !s.split('/').pop().startsWith('main.')), ...it.scripts.filter((s) => s.split('/').pop().startsWith('main.'))].map((script) => it.baseUrl + script).join(' ') %>">${BOOT_SCRIPT}</script>
  </body>
</html>
`;
