// Written by npm run bench:search -- --save NAME; do not edit by hand.
import type {SearchBenchSite} from './schema';

export const searchBench: Readonly<Record<string, SearchBenchSite>> = {
  "before": {
    "date": "2026-12-04T01:54:45.996Z",
    "label": "改版前：docusaurus-search-local（2026 年 12 月 3 日的版本）",
    "machine": {
      "cpus": 2,
      "memoryGiB": 23.5,
      "chromium": "156.0.8078.114"
    },
    "boxPhone": {
      "ms": 5057,
      "kb": 826.1
    },
    "boxDesktop": {
      "ms": 434,
      "kb": 826.1
    },
    "laterKeystrokeMs": 0.6,
    "pagePhone": {
      "ms": 5580,
      "kb": 887.6
    },
    "pageDesktop": {
      "ms": 441,
      "kb": 828.2
    },
    "indexes": [
      {
        "name": "docusaurus-search-local index",
        "kb": 2979.8,
        "gzipKB": 783.5
      }
    ],
    "relevance": {
      "top3": 46,
      "first": 37,
      "queries": 69
    }
  },
  "after": {
    "date": "2026-12-04T01:55:52.177Z",
    "label": "现在：站内建议索引 + Pagefind 全文检索",
    "machine": {
      "cpus": 2,
      "memoryGiB": 23.5,
      "chromium": "156.0.8078.114"
    },
    "boxPhone": {
      "ms": 473,
      "kb": 31.9
    },
    "boxDesktop": {
      "ms": 103,
      "kb": 31.9
    },
    "laterKeystrokeMs": 1.1,
    "pagePhone": {
      "ms": 2994,
      "kb": 278.8
    },
    "pageDesktop": {
      "ms": 405,
      "kb": 229.5
    },
    "indexes": [
      {
        "name": "suggestion index",
        "kb": 243.5,
        "gzipKB": 29.3
      },
      {
        "name": "Pagefind full-text index",
        "kb": 1037.5,
        "gzipKB": 940.7
      }
    ],
    "relevance": {
      "top3": 69,
      "first": 59,
      "queries": 69
    }
  },
  "split": {
    "date": "2026-12-04T02:13:59.050Z",
    "label": "评估：docusaurus-search-local 按章节拆分索引（在“云原生”章节内使用）",
    "machine": {
      "cpus": 2,
      "memoryGiB": 23.5,
      "chromium": "156.0.8078.114"
    },
    "boxPhone": {
      "ms": 1985,
      "kb": 120.8
    },
    "boxDesktop": {
      "ms": 186,
      "kb": 120.8
    },
    "laterKeystrokeMs": 1,
    "pagePhone": null,
    "pageDesktop": null,
    "indexes": [
      {
        "name": "docusaurus-search-local index",
        "kb": 3154.8,
        "gzipKB": 814.4
      },
      {
        "name": "largest docusaurus-search-local section index",
        "kb": 2046.6,
        "gzipKB": 520.2
      }
    ],
    "relevance": {
      "top3": 2,
      "first": 2,
      "queries": 69
    }
  }
};
