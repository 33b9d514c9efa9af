import type {SiteTweak} from './schema';

/**
 * The site's performance tweaks in readers' words, in the order of plugins/performance/index.ts (a unit test keeps
 * the ids and the order the same). What each one buys today comes from src/data/bench.ts.
 */
export const siteTweaks: readonly SiteTweak[] = [
  {id: 'boot-after-paint', name: '先显示正文，再运行脚本', what: '浏览器先画出预先生成的页面，画完之后才下载并运行脚本。'},
  {id: 'route-chunks-in-html', name: '页面直接列出要用的脚本', what: '每个页面的 HTML 列出本页需要的全部脚本，不必等主脚本运行后再逐个去取。'},
  {id: 'compile-hint', name: '主脚本边下载边编译', what: '提示浏览器在下载主脚本时就在后台编译其中的函数。'},
  {id: 'no-startup-prism', name: '代码高亮不随页面启动', what: '代码高亮程序只在需要重新高亮代码时才加载，不随每个页面启动。'},
  {id: 'no-collator-at-startup', name: '启动时不初始化排序器', what: '页面启动时不再为一次无关紧要的排序初始化浏览器的本地化排序器。'},
  {
    id: 'idle-prefetch',
    name: '空闲时再预取链接',
    what: '页面加载完、浏览器空闲时，才分批预取链接指向的页面。',
    benchNote: '“空闲时再预取链接”的作用在这种模拟中看不出来；同一天在 CPU 降速 4 倍的 Chromium 中打开章节页各 7 次，加载后 3 秒内长任务的阻塞时间中位数，去掉它时为 227 毫秒，保留时为 101 毫秒。',
  },
  {id: 'strip-doc-descriptions', name: '目录数据不带摘要', what: '每个文档页都要加载的目录数据中，去掉本站用不到的各页摘要。'},
  {id: 'pattern-data-chunk', name: '模式数据只给用到的页面', what: '49 种模式的数据和模式页组件只由用到它们的页面加载。'},
];
