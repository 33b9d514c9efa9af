import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {readSiteEnv, siteUrlWarning} from './config/env';
import {gitHistory, historyWarning} from './config/git';
import {CLASS_ONLY_THEME, accessibleTheme} from './config/prism';
import {redirectOptions} from './config/redirects';
import {pwaOptions} from './config/pwa';
import remarkGlossaryTerms from './plugins/remark-glossary-terms';
import remarkCncfLinks from './plugins/remark-cncf-links';
import remarkStaticDiagrams from './plugins/remark-static-diagrams';
import {performanceConfig, selectTweaks} from './plugins/performance';

// Runs in Node.js only. Deployment settings come from the environment (see README, "环境变量").
const {url, baseUrl, editUrl, issueUrl} = readSiteEnv(process.env);
// The performance tweaks, each a module of plugins/performance/; KB_TWEAKS=none builds without them.
const tweaks = performanceConfig(selectTweaks(process.env.KB_TWEAKS));
// "最后更新" dates come from git, and only a full history has them right (config/git.ts).
const history = gitHistory();
// Said once per build, though Docusaurus reads this file more than once.
if (!process.env.KB_CONFIG_WARNED) {
  process.env.KB_CONFIG_WARNED = '1';
  for (const warning of [siteUrlWarning(process.env), process.env.NODE_ENV === 'production' ? historyWarning(history) : undefined]) {
    if (warning) console.warn(`[WARNING] ${warning}`);
  }
}

const TITLE = '云原生架构知识库';
const TAGLINE = '云原生、十二要素、云设计模式、容器编排与服务网格的中文参考';

const config: Config = {
  title: TITLE,
  tagline: TAGLINE,
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  // No inline "wrong base URL" banner script: the CSP in deploy/ allows only the theme script's hash.
  baseUrlIssueBanner: false,
  // Paint the server-rendered page before the bundles run (plugins/performance/boot-after-paint.ts).
  ...(tweaks.ssrTemplate ? {ssrTemplate: tweaks.ssrTemplate} : {}),

  future: {v4: true},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {defaultLocale: 'zh-Hans', locales: ['zh-Hans']},

  markdown: {
    // future.v4 turns these off: keep `## 标题 {#ascii-id}` (MDX 3 would read {…} as an expression)
    // and the `:::note 现状（截至 2026 年）` admonition title syntax used throughout docs/.
    mdx1Compat: {headingIds: true, admonitions: true},
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  plugins: [
    './plugins/validate-data.ts',
    // Search, offline: the navbar box answers from a small index of titles, headings, terms, projects, pinyin and
    // synonyms (src/components/Search); the /search page adds Pagefind's full-text index, written after the build.
    './plugins/search-suggest.ts',
    './plugins/search-pagefind.ts',
    './plugins/glossary.ts',
    // The numbers of the CNCF maturity figures, from src/data/cncf-projects.ts (@generated/cncf-stats).
    './plugins/cncf-stats.ts',
    // Code blocks are highlighted in the server's HTML (src/theme/CodeBlock/Content).
    './plugins/code-block-ssr.ts',
    ...tweaks.plugins,
    // Every page's URL and title: the site map (/site-map) and the 404 page's suggestions.
    './plugins/page-index.ts',
    // The page 2018 → 2026 变化一览, gathered from every <ChangeNote> of docs/.
    './plugins/change-notes.ts',
    // Code colours as CSS by token class: WCAG AA versions of the github (light) and dracula (dark) themes.
    ['./plugins/prism-css.ts', {light: accessibleTheme(prismThemes.github), dark: accessibleTheme(prismThemes.dracula)}],
    // Short links /p/<pattern> and the old URLs of renamed pages (config/redirects.ts).
    ['@docusaurus/plugin-client-redirects', redirectOptions],
    // No published page or linkable id disappears: published-urls.json is checked after every build.
    './plugins/url-contract.ts',
    // The data for reuse: /data/<name>.json with its JSON Schema, from src/data.
    './plugins/data-exports.ts',
    // For tools and LLMs: every doc page as Markdown at <URL>.md, /llms.txt and /llms-full.txt.
    './plugins/llms.ts',
    // The Atom feed /changes.atom of src/data/site-changes.ts (also the changelog page's table).
    './plugins/site-changes.ts',
    // With KB_PDF=1 (npm run pdf): the whole book and each chapter as PDF in downloads/, linked from every page.
    './plugins/pdf.ts',
    // Offline reading: a service worker caches every page, the CSS, JS and both search indexes (config/pwa.ts).
    ['@docusaurus/plugin-pwa', pwaOptions(baseUrl)],
  ],
  // "本站已可离线阅读", said once when the service worker has cached the site.
  clientModules: ['./src/client/offline-ready.ts'],
  // The "报告问题" link of every doc page (src/theme/EditMetaRow); none when ISSUE_URL is unset.
  customFields: {issueUrl: issueUrl ?? null},

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // ```mermaid blocks become pre-rendered SVGs (npm run diagrams): no page loads Mermaid's JavaScript.
          // <Term id> gets its names and definition from the glossary at build time; the first mention of each CNCF
          // project on a page links to its row on the CNCF projects page.
          beforeDefaultRemarkPlugins: [remarkStaticDiagrams, remarkGlossaryTerms, remarkCncfLinks],
          editUrl,
          showLastUpdateTime: history === 'full',
        },
        blog: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/print.css']},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    // Defaults for link previews; a page's own description wins, docs get og:type article and their own card
    // (src/theme/DocItem/Metadata). og:locale: Open Graph wants language_TERRITORY, not the derived zh_Hans.
    metadata: [
      {name: 'keywords', content: '云原生, cloud native, CNCF, 十二要素, 云设计模式, Kubernetes, 服务网格'},
      {name: 'description', content: TAGLINE},
      {property: 'og:description', content: TAGLINE},
      {property: 'og:type', content: 'website'},
      {property: 'og:site_name', content: TITLE},
      {property: 'og:locale', content: 'zh_CN'},
    ],
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: TITLE,
      logo: {alt: '云原生架构知识库标志', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'kb', position: 'left', label: '文档'},
        {to: '/docs/design-patterns', label: '设计模式', position: 'left'},
        {to: '/docs/orchestration', label: '容器编排', position: 'left'},
        {to: '/docs/glossary', label: '术语表', position: 'right'},
        {to: '/docs/references', label: '参考资料', position: 'right'},
        // Shown only without JavaScript, where the phone menu cannot open (src/css/custom.css).
        {to: '/site-map', label: '目录', position: 'left', className: 'kb-sitemap-link'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '章节',
          items: [
            {label: '云原生', to: '/docs/cloud-native'},
            {label: '云原生架构', to: '/docs/architecture'},
            {label: '云原生设计模式', to: '/docs/design-patterns'},
            {label: '容器设计模式', to: '/docs/container-patterns'},
          ],
        },
        {
          title: '更多章节',
          items: [
            {label: '容器编排', to: '/docs/orchestration'},
            {label: '服务网格', to: '/docs/service-mesh'},
            {label: '术语表', to: '/docs/glossary'},
            {label: '参考资料', to: '/docs/references'},
          ],
        },
        {
          title: '关于',
          items: [
            {label: '关于本站', to: '/docs/about'},
            {label: '修订记录与勘误', to: '/docs/about/changelog'},
            {label: '网站目录', to: '/site-map'},
          ],
        },
      ],
      copyright: `内容源自吴启福《云原生架构》（2018），经整理、勘误并补充截至 2026 年的现状说明。`,
    },
    prism: {
      // No colours here: the code blocks carry token classes only, coloured by plugins/prism-css.ts (the stock themes'
      // colours adjusted to WCAG AA, config/prism.ts), so the server's HTML is right in both modes before hydration.
      theme: CLASS_ONLY_THEME,
      darkTheme: CLASS_ONLY_THEME,
      additionalLanguages: ['bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
