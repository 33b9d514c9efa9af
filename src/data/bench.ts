// Written by npm run bench:save from the bench of 2026-12-03T15:07:20.552Z; do not edit by hand.
import type {Bench} from './schema';

export const bench: Bench = {
  "date": "2026-12-03T15:07:20.552Z",
  "machine": {
    "cpus": 2,
    "cpuModel": "AMD EPYC",
    "memoryGiB": 23.5,
    "node": "v20.20.2",
    "chromium": "156.0.8078.114"
  },
  "lighthouseRuns": 3,
  "sites": {
    "ours": {
      "buildSeconds": 7.8,
      "htmlPages": 129,
      "pages": [
        {
          "type": "home",
          "path": "/",
          "scripts": 4,
          "jsGzipKB": 132.4,
          "performance": 100,
          "lcpMs": 1000,
          "tbtMs": 0
        },
        {
          "type": "doc page",
          "path": "/docs/cloud-native",
          "scripts": 11,
          "jsGzipKB": 159,
          "performance": 100,
          "lcpMs": 980,
          "tbtMs": 0
        },
        {
          "type": "pattern page with diagram",
          "path": "/docs/patterns/circuit-breaker",
          "scripts": 12,
          "jsGzipKB": 172.8,
          "performance": 100,
          "lcpMs": 985,
          "tbtMs": 4
        },
        {
          "type": "pattern explorer",
          "path": "/docs/patterns",
          "scripts": 12,
          "jsGzipKB": 171.4,
          "performance": 100,
          "lcpMs": 910,
          "tbtMs": 0
        },
        {
          "type": "orchestration comparison",
          "path": "/docs/orchestration",
          "scripts": 11,
          "jsGzipKB": 161.4,
          "performance": 100,
          "lcpMs": 984,
          "tbtMs": 9
        }
      ]
    },
    "none": {
      "buildSeconds": 9.6,
      "htmlPages": 129,
      "pages": [
        {
          "type": "home",
          "path": "/",
          "scripts": 4,
          "jsGzipKB": 160.8,
          "performance": 97,
          "lcpMs": 2089,
          "tbtMs": 164
        },
        {
          "type": "doc page",
          "path": "/docs/cloud-native",
          "scripts": 12,
          "jsGzipKB": 205,
          "performance": 95,
          "lcpMs": 2245,
          "tbtMs": 228
        },
        {
          "type": "pattern page with diagram",
          "path": "/docs/patterns/circuit-breaker",
          "scripts": 12,
          "jsGzipKB": 206.2,
          "performance": 88,
          "lcpMs": 2371,
          "tbtMs": 417
        },
        {
          "type": "pattern explorer",
          "path": "/docs/patterns",
          "scripts": 12,
          "jsGzipKB": 205.7,
          "performance": 88,
          "lcpMs": 2340,
          "tbtMs": 431
        },
        {
          "type": "orchestration comparison",
          "path": "/docs/orchestration",
          "scripts": 12,
          "jsGzipKB": 207.4,
          "performance": 95,
          "lcpMs": 2211,
          "tbtMs": 220
        }
      ]
    },
    "stock": {
      "buildSeconds": 8.2,
      "htmlPages": 28,
      "pages": [
        {
          "type": "home",
          "path": "/",
          "scripts": 4,
          "jsGzipKB": 168,
          "performance": 93,
          "lcpMs": 2308,
          "tbtMs": 258
        },
        {
          "type": "doc page",
          "path": "/docs/intro",
          "scripts": 10,
          "jsGzipKB": 172.4,
          "performance": 90,
          "lcpMs": 2164,
          "tbtMs": 381
        },
        {
          "type": "blog post",
          "path": "/blog/welcome",
          "scripts": 9,
          "jsGzipKB": 175.3,
          "performance": 96,
          "lcpMs": 2504,
          "tbtMs": 146
        }
      ]
    }
  },
  "withoutEach": {
    "boot-after-paint": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 158.7,
        "performance": 99,
        "lcpMs": 2231,
        "tbtMs": 2
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 171.8,
        "performance": 98,
        "lcpMs": 2418,
        "tbtMs": 57
      }
    ],
    "route-chunks-in-html": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 159.3,
        "performance": 100,
        "lcpMs": 985,
        "tbtMs": 61
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 172.4,
        "performance": 100,
        "lcpMs": 989,
        "tbtMs": 62
      }
    ],
    "compile-hint": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 159.3,
        "performance": 100,
        "lcpMs": 989,
        "tbtMs": 52
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 172.4,
        "performance": 100,
        "lcpMs": 989,
        "tbtMs": 45
      }
    ],
    "no-startup-prism": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 188.8,
        "performance": 100,
        "lcpMs": 988,
        "tbtMs": 65
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 201.9,
        "performance": 97,
        "lcpMs": 1073,
        "tbtMs": 182
      }
    ],
    "no-collator-at-startup": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 159.3,
        "performance": 100,
        "lcpMs": 997,
        "tbtMs": 34
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 172.4,
        "performance": 100,
        "lcpMs": 986,
        "tbtMs": 21
      }
    ],
    "idle-prefetch": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 159.1,
        "performance": 100,
        "lcpMs": 980,
        "tbtMs": 12
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 172.2,
        "performance": 100,
        "lcpMs": 988,
        "tbtMs": 1
      }
    ],
    "strip-doc-descriptions": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 11,
        "jsGzipKB": 164.3,
        "performance": 100,
        "lcpMs": 985,
        "tbtMs": 22
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 177.4,
        "performance": 100,
        "lcpMs": 1066,
        "tbtMs": 44
      }
    ],
    "pattern-data-chunk": [
      {
        "type": "doc page",
        "path": "/docs/cloud-native",
        "scripts": 12,
        "jsGzipKB": 171.1,
        "performance": 100,
        "lcpMs": 991,
        "tbtMs": 0
      },
      {
        "type": "pattern page with diagram",
        "path": "/docs/patterns/circuit-breaker",
        "scripts": 12,
        "jsGzipKB": 172.2,
        "performance": 100,
        "lcpMs": 1059,
        "tbtMs": 17
      }
    ]
  }
};
