/**
 * The closed vocabularies of src/data (categories, pillars, sources, statuses…), free of zod so that components can
 * import them without pulling the validator into the browser bundle. src/data/schema.ts builds its enums from them.
 */

/** The eight problem areas of the 2018 Azure catalog (表格 2). */
export const PROBLEM_CATEGORY_IDS = [
  'availability',
  'data-management',
  'design-and-implementation',
  'messaging',
  'management-and-monitoring',
  'performance-and-scalability',
  'resiliency',
  'security',
] as const;

/** Azure Well-Architected Framework pillars, as the current pattern catalog tags them. */
export const PILLARS = [
  'reliability',
  'security',
  'cost-optimization',
  'operational-excellence',
  'performance-efficiency',
] as const;

/** Where a pattern is listed: the seed's three catalogs, today's Azure catalog, the container paper. */
export const PATTERN_SOURCES = ['azure-2018', 'azure-2015', 'dfx', 'azure-current', 'container-paper'] as const;

/**
 * listed: in today's Azure catalog under its 2018 name; renamed: in today's catalog under another name;
 * new: added to the Azure catalog after 2018; removed: was in an Azure catalog, is not any more;
 * not-azure: never in the Azure catalog (the seed's DFX list, the container paper).
 */
export const PATTERN_STATUSES = ['listed', 'renamed', 'new', 'removed', 'not-azure'] as const;

/** A row of the seed's DFX table (表格 4), in the seed's order; pattern links it to patterns.ts. */
export const DFX_GROUPS = ['可用性', '安全性', '可扩展性'] as const;

/** 表格 5: container design patterns (Burns & Oppenheimer, HotCloud 2016). */
export const CONTAINER_GROUPS = ['single-container', 'single-node', 'multi-node'] as const;

/** 表格 6: orchestrators compared side by side. Keys of `rows` are the compared aspects. */
export const ORCHESTRATOR_ASPECTS = [
  'intro',
  'vendor',
  'concepts',
  'features',
  'status2026',
  'cncf',
  'license',
  'firstRelease',
  'unit',
] as const;

/** CNCF maturity levels and the adoption segments of 图 1. */
export const ADOPTION_SEGMENTS = ['innovators', 'early-adopters', 'early-majority', 'late-majority', 'laggards'] as const;

/** Groups of the 2026 service-mesh comparison, in display order. */
export const MESH_GROUPS = ['basics', 'traffic', 'security', 'observability', 'platform'] as const;

/** Compared dimensions of the 2026 service-mesh comparison (src/data/service-meshes.ts), in display order. */
export const MESH_DIMENSIONS = [
  // basics
  'license',
  'governance',
  'proxy',
  'dataPlaneModel',
  'latestVersion',
  // traffic
  'protocols',
  'gatewayApi',
  'retries',
  'timeouts',
  'circuitBreaking',
  'faultInjection',
  'trafficSplitting',
  'rateLimiting',
  // security
  'mtlsDefault',
  'identity',
  'authorization',
  'certificates',
  // observability
  'metrics',
  'tracing',
  'accessLogs',
  'dashboard',
  // platform
  'multiCluster',
  'nonKubernetes',
  'controlPlane',
  'ingressEgress',
] as const;

/** Compared dimensions of the 2026 orchestrator comparison (src/data/orchestrators-2026.ts), in display order. */
export const ORCHESTRATOR_2026_DIMENSIONS = [
  'status',
  'steward',
  'license',
  'latestVersion',
  'workloads',
  'schedulingUnit',
  'serviceDiscovery',
  'networking',
  'configuration',
  'scale',
  'multiRegion',
  'managedOfferings',
] as const;
