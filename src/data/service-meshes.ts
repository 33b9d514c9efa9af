import type {ServiceMesh, SourcedCell} from './schema';

/**
 * 2026 年服务网格对比（/docs/service-mesh/implementations）：8 个实现，每个 25 个维度（MESH_DIMENSIONS）。
 *
 * 每一格都在 `checked` 那天对照项目自己的文档、发行说明、仓库文件或厂商官方文档核对过，`source` 是读到该事实的页面。
 * 已停止的两项（AWS App Mesh、Open Service Mesh）描述的是停止前提供的能力，来源是其存档文档或 README。
 * 找不到官方说明的格子直接写「未找到官方说明」或「未提供」，不作推测。servicemesh.es 只用作选题清单，从未作为来源。
 */

const CHECKED = '2026-12-03';
const cell = (value: string, source: string): SourcedCell => ({value, source, checked: CHECKED});

/** CNCF 项目状态与日期：本站 cncf-projects.ts 所用的 cncf/landscape 快照。 */
const CNCF_LANDSCAPE = 'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml';

// Istio
const ISTIO = 'https://istio.io/latest';
const ISTIO_LICENSE = 'https://github.com/istio/istio/blob/master/LICENSE';
const ISTIO_ARCH = `${ISTIO}/docs/ops/deployment/architecture/`;
const ISTIO_RELEASE = `${ISTIO}/news/releases/1.31.x/announcing-1.31.1/`;
const ISTIO_131 = `${ISTIO}/news/releases/1.31.x/announcing-1.31/`;
const ISTIO_122 = `${ISTIO}/news/releases/1.22.x/announcing-1.22/`;
const ISTIO_124 = `${ISTIO}/news/releases/1.24.x/announcing-1.24/`;
const ISTIO_PROTOCOLS = `${ISTIO}/docs/ops/configuration/traffic-management/protocol-selection/`;
const ISTIO_TRAFFIC = `${ISTIO}/docs/concepts/traffic-management/`;
const ISTIO_RATE_LIMIT = `${ISTIO}/docs/tasks/policy-enforcement/rate-limit/`;
const ISTIO_SECURITY = `${ISTIO}/docs/concepts/security/`;
const ISTIO_PLUGIN_CA = `${ISTIO}/docs/tasks/security/cert-management/plugin-ca-cert/`;
const ISTIO_OBSERVABILITY = `${ISTIO}/docs/concepts/observability/`;
const ISTIO_AMBIENT = `${ISTIO}/docs/ambient/overview/`;
const ISTIO_AMBIENT_DATA_PLANE = `${ISTIO}/docs/ambient/architecture/data-plane/`;
const ISTIO_AMBIENT_L7 = `${ISTIO}/docs/ambient/usage/l7-features/`;
const ISTIO_AMBIENT_MULTICLUSTER = `${ISTIO}/docs/ambient/install/multicluster/`;

// Linkerd（content/docs 是 2.20 文档）
const LINKERD = 'https://linkerd.io/docs';
const LINKERD_LICENSE = 'https://github.com/linkerd/linkerd2/blob/main/README.md';
const LINKERD_RELEASES = 'https://linkerd.io/releases/';
const LINKERD_220 = 'https://linkerd.io/2026/06/23/announcing-linkerd-2.20/';
const LINKERD_ARCH = `${LINKERD}/reference/architecture/`;

// Cilium
const CILIUM = 'https://docs.cilium.io/en/stable';
const CILIUM_README = 'https://github.com/cilium/cilium/blob/main/README.rst';
const CILIUM_GAMMA = `${CILIUM}/network/servicemesh/gateway-api/gamma/`;
const CILIUM_L7 = `${CILIUM}/network/servicemesh/l7-traffic-management/`;
const CILIUM_CIRCUIT = `${CILIUM}/network/servicemesh/envoy-circuit-breaker/`;
const CILIUM_MUTUAL_AUTH = `${CILIUM}/network/servicemesh/mutual-authentication/mutual-authentication/`;
const CILIUM_UPGRADE = 'https://docs.cilium.io/en/latest/operations/upgrade/';
const CILIUM_SERVICEMESH = `${CILIUM}/network/servicemesh/`;

// Consul
const CONSUL = 'https://developer.hashicorp.com/consul/docs';
const CONSUL_LICENSE = 'https://github.com/hashicorp/consul/blob/main/LICENSE';
const CONSUL_RELEASE = 'https://github.com/hashicorp/consul/releases/tag/v2.1.0';
const CONSUL_CHANGELOG = 'https://github.com/hashicorp/consul/blob/main/CHANGELOG.md';
const CONSUL_CONNECT = `${CONSUL}/connect`;
const CONSUL_INTERNALS = `${CONSUL}/connect/connect-internals`;
const CONSUL_SERVICE_DEFAULTS = `${CONSUL}/agent/config-entries/service-defaults`;
const CONSUL_SERVICE_ROUTER = `${CONSUL}/agent/config-entries/service-router`;
const CONSUL_FAULT = `${CONSUL}/troubleshoot/fault-injection`;
const CONSUL_RATE_LIMIT = `${CONSUL}/manage-traffic/rate-limit`;
const CONSUL_SECURE = `${CONSUL}/secure-mesh`;
const CONSUL_CA = `${CONSUL}/connect/ca`;
const CONSUL_OBSERVE = `${CONSUL}/observe`;
const CONSUL_UI = 'https://developer.hashicorp.com/consul/tutorials/developer-mesh/service-mesh-visualization';
const CONSUL_K8S_10 = `${CONSUL}/v1.14.x/release-notes/consul-k8s/v1_0_x`;
const CONSUL_API_GATEWAY_RETRY = `${CONSUL}/reference/k8s/api-gateway/routeretryfilter`;

// Kuma（2.14.x 为最新版本）
const KUMA = 'https://kuma.io/docs/2.14.x';
const KUMA_LICENSE = 'https://github.com/kumahq/kuma/blob/master/LICENSE';
const KUMA_VERSIONS = 'https://github.com/kumahq/kuma-website/blob/master/app/_data/versions.yml';
const KUMA_OVERVIEW = `${KUMA}/introduction/overview-of-kuma/`;
const KUMA_ARCH = `${KUMA}/introduction/architecture/`;
const KUMA_POLICIES = `${KUMA}/policies`;

// AWS App Mesh
const APPMESH = 'https://docs.aws.amazon.com/app-mesh/latest/userguide';
const APPMESH_EOS = 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/';
const APPMESH_API = 'https://docs.aws.amazon.com/app-mesh/latest/APIReference/Welcome.html';
const APPMESH_SDK = 'https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/AWS/AppMesh.html';

// Open Service Mesh（文档站已随项目停止，来源用 GitHub 上的存档文件）
const OSM_README = 'https://github.com/openservicemesh/osm/blob/main/README.md';
const OSM_LICENSE = 'https://github.com/openservicemesh/osm/blob/main/LICENSE';
const OSM_RELEASE = 'https://github.com/openservicemesh/osm/releases/tag/v1.2.4';
const OSM_DOCS = 'https://github.com/openservicemesh/osm-docs/blob/main/content/en/docs';
const OSM_FEATURES = `${OSM_DOCS}/releases/feature_lifecycle.md`;
const OSM_TM = `${OSM_DOCS}/guides/traffic_management`;
const OSM_OBS = `${OSM_DOCS}/guides/observability`;

export const serviceMeshes: readonly ServiceMesh[] = [
  {
    slug: 'istio-sidecar',
    name: 'Istio（sidecar 模式）',
    short: 'Istio sidecar',
    status: 'active',
    homepage: 'https://istio.io/',
    cncfProject: 'istio',
    discoveryMode: 'client-embedded-proxy',
    cells: {
      license: cell('Apache License 2.0', ISTIO_LICENSE),
      governance: cell('CNCF 毕业项目（2022 年 9 月进入孵化，2023 年 7 月毕业）', CNCF_LANDSCAPE),
      proxy: cell('Envoy（Istio 扩展版），以 sidecar 方式部署', ISTIO_ARCH),
      dataPlaneModel: cell('sidecar：每个工作负载旁注入一个 Envoy；同一网格可与 ambient 模式的工作负载并存', ISTIO_AMBIENT),
      latestVersion: cell('1.31.1（2026-09-21 补丁版；1.31.0 于 2026-08-20 发布），据 istio.io 发布说明', ISTIO_RELEASE),
      protocols: cell('可代理任意 TCP；自动识别 HTTP/HTTP2，可显式声明 http、http2、https、grpc、grpc-web、tls、tcp、mongo 等；UDP 不经代理', ISTIO_PROTOCOLS),
      gatewayApi: cell('支持 Kubernetes Gateway API 做入口与网格内（GAMMA）配置；1.22 起网格用法标为 Stable；未找到一致性级别说明', ISTIO_122),
      retries: cell('VirtualService 设置重试次数与每次尝试超时，Envoy 自动加抖动；可用请求头按请求覆盖', ISTIO_TRAFFIC),
      timeouts: cell('VirtualService 路由规则设置请求超时，也可用 Envoy 请求头按请求覆盖', ISTIO_TRAFFIC),
      circuitBreaking: cell('DestinationRule 的 connectionPool（连接与请求上限）和 outlierDetection；1.31 起可在 MeshConfig 设网格级默认值', ISTIO_131),
      faultInjection: cell('VirtualService 注入延迟与中止（HTTP 错误码），可按匹配条件和百分比', ISTIO_TRAFFIC),
      trafficSplitting: cell('VirtualService 按权重在服务子集间分流，用于 A/B 测试与金丝雀发布', ISTIO_TRAFFIC),
      rateLimiting: cell('借 Envoy 原生限流：本地限流与对接外部限流服务的全局限流，均通过 EnvoyFilter 配置', ISTIO_RATE_LIMIT),
      mtlsDefault: cell('两端都有代理时自动升级为 mTLS；网格默认 PERMISSIVE（同时接受明文），可用 PeerAuthentication 设为 STRICT', ISTIO_SECURITY),
      identity: cell('以服务身份为准（Kubernetes 上是服务账号），X.509 证书由 istiod 签发并自动轮换', ISTIO_SECURITY),
      authorization: cell('AuthorizationPolicy：ALLOW / DENY / CUSTOM，网格、命名空间、工作负载三级，支持 HTTP、gRPC 与纯 TCP', ISTIO_SECURITY),
      certificates: cell('istiod 内置 CA，默认自签根证书；可插入管理员提供的根/中间证书，生产环境建议用 Vault 等 CA', ISTIO_PLUGIN_CA),
      metrics: cell('代理生成四大黄金信号等服务级指标，默认导出到 Prometheus；另有控制面指标', ISTIO_OBSERVABILITY),
      tracing: cell('Envoy 自动生成追踪 span，应用需转发上下文头；支持 Zipkin、Jaeger 等后端', ISTIO_OBSERVABILITY),
      accessLogs: cell('可按多种格式生成访问日志，本地输出或导出到自定义后端', ISTIO_OBSERVABILITY),
      dashboard: cell('无内置 UI；提供默认监控仪表盘，Kiali 以附加组件（addon）形式提供（1.31.1 更新到 v2.31.0）', ISTIO_RELEASE),
      multiCluster: cell('支持多集群网格，官方示例为各集群 CA 共用一个根证书', ISTIO_PLUGIN_CA),
      nonKubernetes: cell('可用 ServiceEntry 把虚拟机上的服务加入网格（网格扩展）', ISTIO_TRAFFIC),
      controlPlane: cell('istiod：服务发现、配置下发与证书管理（内置 CA）', ISTIO_ARCH),
      ingressEgress: cell('Gateway 资源配置入口网关与出口网关，出口网关可作为流量离开网格的统一出口', ISTIO_TRAFFIC),
    },
  },
  {
    slug: 'istio-ambient',
    name: 'Istio（ambient 模式）',
    short: 'Istio ambient',
    status: 'active',
    homepage: 'https://istio.io/latest/docs/ambient/',
    cncfProject: 'istio',
    discoveryMode: 'host-process-proxy',
    cells: {
      license: cell('Apache License 2.0', ISTIO_LICENSE),
      governance: cell('CNCF 毕业项目（2023 年 7 月）；ambient 模式 1.22 进入 Beta，1.24 正式可用（GA）', ISTIO_124),
      proxy: cell('每节点 ztunnel（Rust，只处理 L3/L4）+ 可选的 waypoint 代理（Envoy，处理 L7）', ISTIO_AMBIENT),
      dataPlaneModel: cell('sidecarless：应用 Pod 不注入代理；可与 sidecar 模式工作负载在同一网格互通', ISTIO_AMBIENT),
      latestVersion: cell('与 Istio 同版：1.31.1（2026-09-21），据 istio.io 发布说明', ISTIO_RELEASE),
      protocols: cell('ztunnel 只做 TCP 层（不解析 HTTP）；需要 HTTP 等 L7 处理时部署 waypoint', ISTIO_AMBIENT),
      gatewayApi: cell('waypoint 用 Gateway API 配置：HTTPRoute 为 Beta，TCPRoute、TLSRoute 为 Alpha', ISTIO_AMBIENT_L7),
      retries: cell('需 waypoint；用 HTTPRoute（Beta）或经典 VirtualService（ambient 下仍为 Alpha），两者不可混用', ISTIO_AMBIENT_L7),
      timeouts: cell('需 waypoint；用 HTTPRoute（Beta）或经典 VirtualService（ambient 下仍为 Alpha）', ISTIO_AMBIENT_L7),
      circuitBreaking: cell('需 waypoint；经典 DestinationRule 在 ambient 下仍为 Alpha', ISTIO_AMBIENT_L7),
      faultInjection: cell('需 waypoint；经典 VirtualService 在 ambient 下仍为 Alpha', ISTIO_AMBIENT_L7),
      trafficSplitting: cell('waypoint 上用 HTTPRoute 的 backendRefs 按权重分流（如 90/10）', ISTIO_AMBIENT_L7),
      rateLimiting: cell('未找到 ambient 专门说明；waypoint 可用 EnvoyFilter（Alpha）扩展', ISTIO_AMBIENT_L7),
      mtlsDefault: cell('网格内流量经 ztunnel 的 HBONE 隧道自动 mTLS；入站默认同时接受明文，可用授权策略要求身份', ISTIO_AMBIENT_DATA_PLANE),
      identity: cell('SPIFFE 身份；证书绑定工作负载（服务账号）而非 ztunnel，ztunnel 代本节点各身份申请证书', ISTIO_AMBIENT_DATA_PLANE),
      authorization: cell('AuthorizationPolicy：ztunnel 执行 L4 规则；含 L7 条件的策略需 waypoint（Beta），否则按 DENY 处理', ISTIO_AMBIENT_L7),
      certificates: cell('沿用 istiod CA；接入的其他 CA 必须校验 ztunnel 只能申请本节点上的身份', ISTIO_AMBIENT_DATA_PLANE),
      metrics: cell('ztunnel 输出 Istio 标准 TCP 指标；waypoint 输出完整流量指标', ISTIO_AMBIENT_L7),
      tracing: cell('未找到 ambient 专门说明；L7 遥测（含 Telemetry 策略）只能在 waypoint 上生效', ISTIO_AMBIENT_DATA_PLANE),
      accessLogs: cell('未找到 ambient 专门说明；L7 遥测（含 Telemetry 策略）只能在 waypoint 上生效', ISTIO_AMBIENT_DATA_PLANE),
      dashboard: cell('无内置 UI；Kiali 以附加组件形式提供（1.31.1 更新到 v2.31.0）', ISTIO_RELEASE),
      multiCluster: cell('Alpha，不建议生产：仅支持多主集群、多网络拓扑，各集群 waypoint 须同名', ISTIO_AMBIENT_MULTICLUSTER),
      nonKubernetes: cell('未找到 ambient 模式接入虚拟机的官方说明', ISTIO_AMBIENT),
      controlPlane: cell('istiod；节点上另有 CNI 节点代理为入网 Pod 写入流量重定向规则', ISTIO_RELEASE),
      ingressEgress: cell('入口用 Gateway API 网关；1.24 起策略可直接挂到 ServiceEntry，简化出口网关', ISTIO_124),
    },
  },
  {
    slug: 'linkerd',
    name: 'Linkerd',
    short: 'Linkerd',
    status: 'active',
    homepage: 'https://linkerd.io/',
    cncfProject: 'linkerd',
    discoveryMode: 'client-embedded-proxy',
    cells: {
      license: cell('Apache License 2.0', LINKERD_LICENSE),
      governance: cell('CNCF 毕业项目（2021 年 7 月）', CNCF_LANDSCAPE),
      proxy: cell('linkerd2-proxy：Rust 编写、专为服务网格设计的微代理（不用 Envoy）', LINKERD_ARCH),
      dataPlaneModel: cell('sidecar；2.20 起默认以 Kubernetes 原生 sidecar 容器注入', LINKERD_ARCH),
      latestVersion: cell('2.20（2026-06-23 发布，对应 edge-26.6.3）；开源项目只发 edge 版，稳定版由厂商提供', LINKERD_RELEASES),
      protocols: cell('可代理任意 TCP；对 HTTP/1.0、HTTP/1.1、HTTP/2、gRPC 自动启用 L7 功能', `${LINKERD}/features/http-grpc/`),
      gatewayApi: cell('以 HTTPRoute、GRPCRoute 为核心配置；2.20 兼容 Gateway API 1.2.1–1.5.1；未找到一致性级别说明', `${LINKERD}/features/gateway-api/`),
      retries: cell('在 HTTPRoute、GRPCRoute 或 Service 上加注解配置，由客户端侧代理执行', `${LINKERD}/features/retries-and-timeouts/`),
      timeouts: cell('同样用注解配置；2.16 起超时与重试可组合（超时的请求可再重试）', `${LINKERD}/features/retries-and-timeouts/`),
      circuitBreaking: cell('按端点的失败累积（failure accrual）熔断；2.20 可对 429 响应做负载均衡与熔断', LINKERD_220),
      faultInjection: cell('用 HTTPRoute 把一部分流量导向返回错误的后端来注入故障', `${LINKERD}/tasks/fault-injection/`),
      trafficSplitting: cell('基于 Gateway API HTTPRoute 的动态请求路由；SMI TrafficSplit 扩展已弃用', `${LINKERD}/features/traffic-split/`),
      rateLimiting: cell('HTTPLocalRateLimitPolicy：每个入站代理本地限流（GCRA 算法），可按客户端身份分配', `${LINKERD}/features/rate-limiting/`),
      mtlsDefault: cell('默认对网格内 Pod 之间的所有 TCP 流量自动启用 mTLS', `${LINKERD}/features/automatic-mtls/`),
      identity: cell('证书绑定 Pod 的 Kubernetes 服务账号，有效期 24 小时并自动轮换', `${LINKERD}/features/automatic-mtls/`),
      authorization: cell('授权策略：默认策略注解加 CRD（按端口、路由、身份）；默认 all-unauthenticated', `${LINKERD}/features/server-policy/`),
      certificates: cell('控制面 identity 组件充当 CA；信任锚和签发证书可由 cert-manager 或 Vault 提供', `${LINKERD}/features/automatic-mtls/`),
      metrics: cell('装 viz 扩展后自动采集黄金指标（成功率、请求量、延迟），附带 Prometheus', `${LINKERD}/features/telemetry/`),
      tracing: cell('代理见到追踪头即发 span，可导出到 OpenTelemetry 收集器；应用需传播追踪头', `${LINKERD}/features/distributed-tracing/`),
      accessLogs: cell('默认关闭；用 config.linkerd.io/access-log 注解开启，apache 或 json 格式', `${LINKERD}/features/access-logging/`),
      dashboard: cell('viz 扩展自带 Web 仪表盘（linkerd viz dashboard）；2.12 起不再预装 Grafana', `${LINKERD}/features/dashboard/`),
      multiCluster: cell('服务镜像跨集群，支持分层、扁平、联邦三种模式，跨集群流量同样 mTLS', `${LINKERD}/features/multicluster/`),
      nonKubernetes: cell('网格扩展：在远端机器部署代理接回控制面（ExternalWorkload），用 SPIRE 签发 SPIFFE 身份', `${LINKERD}/tasks/adding-non-kubernetes-workloads/`),
      controlPlane: cell('linkerd 命名空间中的 destination、identity、proxy injector 等组件', LINKERD_ARCH),
      ingressEgress: cell('不自带入口控制器，配合任意入口控制器；出口用 EgressNetwork CRD，在 sidecar 内实现', `${LINKERD}/features/egress/`),
    },
  },
  {
    slug: 'cilium',
    name: 'Cilium Service Mesh',
    short: 'Cilium',
    status: 'active',
    homepage: 'https://cilium.io/',
    cncfProject: 'cilium',
    discoveryMode: 'host-process-proxy',
    cells: {
      license: cell('用户态组件 Apache License 2.0，BPF 代码模板 GPL-2.0', CILIUM_README),
      governance: cell('CNCF 毕业项目（2023 年 10 月）', CNCF_LANDSCAPE),
      proxy: cell('eBPF 数据面 + 每节点 Envoy（处理 L7）', CILIUM_GAMMA),
      dataPlaneModel: cell('sidecarless：L7 流量经每个节点上的 Envoy 处理', CILIUM_GAMMA),
      latestVersion: cell('未能在一手来源核实最新稳定版及日期；官方 latest 文档的升级说明已有 1.20 章节', CILIUM_UPGRADE),
      protocols: cell('L3/L4 网络与安全，L7 识别 HTTP、gRPC、Kafka 等协议', CILIUM_README),
      gatewayApi: cell('支持 Gateway API 与 GAMMA（HTTPRoute、GRPCRoute）；只支持 producer 路由，不支持 MeshConsumerRoute', CILIUM_GAMMA),
      retries: cell('无专用重试 CRD；可用 CiliumEnvoyConfig 直接写 Envoy 配置，未找到专门说明', CILIUM_L7),
      timeouts: cell('无专用超时 CRD；可用 CiliumEnvoyConfig 直接写 Envoy 配置，未找到专门说明', CILIUM_L7),
      circuitBreaking: cell('用 CiliumClusterwideEnvoyConfig 设置 Envoy 熔断阈值与异常检测', CILIUM_CIRCUIT),
      faultInjection: cell('未找到官方说明；Cilium 自带的 Envoy 构建未列出 fault 过滤器', CILIUM_L7),
      trafficSplitting: cell('GAMMA 的 HTTPRoute、GRPCRoute 绑定 Service 做 L7 路由；权重分流的专门页未核对', CILIUM_GAMMA),
      rateLimiting: cell('自带 Envoy 含本地与全局限流过滤器，需经 CiliumEnvoyConfig 配置', CILIUM_L7),
      mtlsDefault: cell('非默认：双向认证为 Beta，需部署 SPIRE 并启用；流量加密另需 WireGuard 或 IPsec', CILIUM_MUTUAL_AUTH),
      identity: cell('按标签分配 Cilium 安全身份；双向认证用 SPIFFE，由 SPIRE 签发', CILIUM_MUTUAL_AUTH),
      authorization: cell('Cilium 网络策略：按身份的 L3/L4 规则及 HTTP 方法、路径等 L7 规则', CILIUM_README),
      certificates: cell('SPIRE 服务器作信任根；只验证过 SPIRE，不兼容外部 mTLS 方案', CILIUM_MUTUAL_AUTH),
      metrics: cell('关键指标以 Prometheus 格式导出', CILIUM_README),
      tracing: cell('未找到官方说明（本次核对的服务网格文档未涉及）', CILIUM_SERVICEMESH),
      accessLogs: cell('自带 Envoy 编入文件、stdout、gRPC、OpenTelemetry 访问日志扩展，经 CiliumEnvoyConfig 配置', CILIUM_L7),
      dashboard: cell('Hubble：服务依赖图、运行监控与告警、基于流日志的应用与安全可见性', CILIUM_README),
      multiCluster: cell('网络可跨多个集群（Cluster Mesh）；但双向认证目前与 Cluster Mesh 不兼容', CILIUM_MUTUAL_AUTH),
      nonKubernetes: cell('未找到官方说明（本次核对范围内）', CILIUM_SERVICEMESH),
      controlPlane: cell('每节点 Cilium agent：管理 eBPF 与节点 Envoy，并代工作负载申请 SPIFFE 身份', CILIUM_MUTUAL_AUTH),
      ingressEgress: cell('内置 Kubernetes Ingress 与 Gateway API 实现；出口网关未在本次核对范围', CILIUM_SERVICEMESH),
    },
  },
  {
    slug: 'consul',
    name: 'Consul service mesh（HashiCorp）',
    short: 'Consul',
    status: 'active',
    homepage: 'https://developer.hashicorp.com/consul',
    discoveryMode: 'client-embedded-proxy',
    cells: {
      license: cell('BUSL 1.1（Consul 1.17.0 起；每个版本发布四年后转为 MPL 2.0）', CONSUL_LICENSE),
      governance: cell('HashiCorp 主导，非 CNCF 项目；另有商业版 Consul Enterprise', CONSUL_LICENSE),
      proxy: cell('内置支持 Envoy；Kubernetes 上注入 consul-dataplane 管理 Envoy', CONSUL_K8S_10),
      dataPlaneModel: cell('sidecar：每个服务旁部署 Envoy 边车代理', CONSUL_CONNECT),
      latestVersion: cell('2.1.0（2026-10-21），据 GitHub 发布说明的转载；未能直接读取一手页面', CONSUL_RELEASE),
      protocols: cell('service-defaults 设协议，默认 tcp；L7 功能支持 http、http2、grpc', CONSUL_SERVICE_DEFAULTS),
      gatewayApi: cell('Kubernetes 上的 API 网关使用 Gateway API 的 HTTPRoute；未找到 GAMMA（网格内）支持说明', CONSUL_API_GATEWAY_RETRY),
      retries: cell('service-router 路由目标可设 NumRetries、RetryOn、RetryOnStatusCodes', CONSUL_SERVICE_ROUTER),
      timeouts: cell('service-router 路由目标可设 RequestTimeout、IdleTimeout', CONSUL_SERVICE_ROUTER),
      circuitBreaking: cell('service-defaults 的上游 Limits（连接、挂起与并发请求上限）和 PassiveHealthCheck', CONSUL_SERVICE_DEFAULTS),
      faultInjection: cell('仅 Enterprise（1.18.0 起）：在 service-defaults 里配置中止、延迟与带宽限制', CONSUL_FAULT),
      trafficSplitting: cell('service-splitter 按比例分流，配合 service-router、service-resolver 做 L7 流量管理', CONSUL_CHANGELOG),
      rateLimiting: cell('仅 Enterprise（1.17.0 起）：service-defaults 设每实例请求速率，可按路径', CONSUL_RATE_LIMIT),
      mtlsDefault: cell('服务器默认启用服务网格；边车用 Consul 签发的证书做 mTLS，入站请求默认拒绝', CONSUL_SECURE),
      identity: cell('符合 SPIFFE X.509 标准的服务身份证书', CONSUL_INTERNALS),
      authorization: cell('服务意图（service intentions）：按服务身份授权，支持 L4 与 L7', CONSUL_SECURE),
      certificates: cell('服务器内置 CA（默认）；可换用 Vault 或 AWS ACM Private CA', CONSUL_CA),
      metrics: cell('代理与代理之间的流量指标，可接 Prometheus 并可视化', CONSUL_OBSERVE),
      tracing: cell('支持分布式追踪，需应用接入 Jaeger 等追踪库', CONSUL_OBSERVE),
      accessLogs: cell('在 proxy-defaults 中开启代理访问日志，也可经 OpenTelemetry Envoy 扩展输出', CONSUL_OBSERVE),
      dashboard: cell('内置 UI 有拓扑可视化（1.9.0 起），可叠加 Prometheus 指标', CONSUL_UI),
      multiCluster: cell('集群对等（cluster peering，已 GA）与跨数据中心网状网关', CONSUL_K8S_10),
      nonKubernetes: cell('支持虚拟机、Kubernetes 与 Amazon ECS 上的工作负载', CONSUL_CONNECT),
      controlPlane: cell('Consul 服务器；Kubernetes 上默认不再部署客户端代理，数据面直连服务器', CONSUL_K8S_10),
      ingressEgress: cell('API 网关，以及网状网关、入口网关与终结网关（terminating gateway）', CONSUL_K8S_10),
    },
  },
  {
    slug: 'kuma',
    name: 'Kuma',
    short: 'Kuma',
    status: 'active',
    homepage: 'https://kuma.io/',
    cncfProject: 'kuma',
    discoveryMode: 'client-embedded-proxy',
    cells: {
      license: cell('Apache License 2.0', KUMA_LICENSE),
      governance: cell('CNCF 沙箱项目（2020 年 6 月）；核心维护方为 Kong', CNCF_LANDSCAPE),
      proxy: cell('Envoy 边车代理（项目称其为 Envoy-based）', KUMA_OVERVIEW),
      dataPlaneModel: cell('sidecar：Kubernetes 上给 Pod 注入 kuma-dp 边车容器', KUMA_ARCH),
      latestVersion: cell('2.14.0（2026-06-12），据 kuma.io 版本数据；2.13.x 为 LTS', KUMA_VERSIONS),
      protocols: cell('区分 http、grpc、kafka 与不透明 tcp，前三者有应用层可观测性', `${KUMA_POLICIES}/protocol-support-in-kuma/`),
      gatewayApi: cell('支持 Gateway API 配置内置网关，并实验性支持 GAMMA；需开启实验开关，多区域下不支持 Gateway', `${KUMA}/explore/gateway-api/`),
      retries: cell('MeshRetry：HTTP、gRPC、TCP 重试，指数退避', `${KUMA_POLICIES}/meshretry/`),
      timeouts: cell('MeshTimeout：连接、空闲与请求超时，入站和出站均可配置', `${KUMA_POLICIES}/meshtimeout/`),
      circuitBreaking: cell('MeshCircuitBreaker：连接上限与异常检测（基于实际流量）', `${KUMA_POLICIES}/meshcircuitbreaker/`),
      faultInjection: cell('MeshFaultInjection：注入 HTTP 错误、响应延迟与带宽限制', `${KUMA_POLICIES}/meshfaultinjection/`),
      trafficSplitting: cell('MeshHTTPRoute：按权重分流、改写请求头、镜像与重定向', `${KUMA_POLICIES}/meshhttproute/`),
      rateLimiting: cell('MeshRateLimit：每实例本地限流，支持 HTTP 请求与 TCP 连接', `${KUMA_POLICIES}/meshratelimit/`),
      mtlsDefault: cell('默认不开；在 Mesh 资源中启用，启用后无 MeshTrafficPermission 时流量默认被拒', `${KUMA_POLICIES}/mutual-tls/`),
      identity: cell('证书与 SPIFFE 兼容；实验性 MeshIdentity 可自定义 SPIFFE ID，仅限 Kubernetes', `${KUMA_POLICIES}/meshidentity/`),
      authorization: cell('MeshTrafficPermission；2.12 起另有基于 SPIFFE 匹配的实验版', `${KUMA_POLICIES}/meshtrafficpermission/`),
      certificates: cell('CA 后端：builtin（自动生成）或 provided（用户提供）；MeshIdentity 可接 SPIRE', `${KUMA_POLICIES}/mutual-tls/`),
      metrics: cell('MeshMetric：Prometheus 与 OpenTelemetry，MADS 供 Prometheus 自动发现', `${KUMA_POLICIES}/meshmetric/`),
      tracing: cell('MeshTrace：HTTP、HTTP2、gRPC，导出 Zipkin、Datadog、OpenTelemetry', `${KUMA_POLICIES}/meshtrace/`),
      accessLogs: cell('MeshAccessLog：TCP、文件与 OpenTelemetry 后端，格式可自定义', `${KUMA_POLICIES}/meshaccesslog/`),
      dashboard: cell('自带 Web GUI（默认在 API 端口的 /gui）', `${KUMA}/production/gui/`),
      multiCluster: cell('多区域（multi-zone）部署，可混合 Kubernetes 与 Universal 区域，跨区自动故障转移', `${KUMA}/production/deployment/multi-zone/`),
      nonKubernetes: cell('Universal 模式：可跑在 Kubernetes 以外的任何基础设施上，控制面用 PostgreSQL 存储', KUMA_ARCH),
      controlPlane: cell('kuma-cp，Kubernetes 与 Universal 两种运行模式；一个控制面可管多个网格', KUMA_ARCH),
      ingressEgress: cell('内置与委托两种网关处理入口；ZoneEgress 隔离出口与跨区流量', `${KUMA}/explore/gateway/`),
    },
  },
  {
    slug: 'aws-app-mesh',
    name: 'AWS App Mesh',
    short: 'AWS App Mesh',
    status: 'ended',
    ended: '2026-09-30',
    homepage: 'https://aws.amazon.com/app-mesh/',
    discoveryMode: 'client-embedded-proxy',
    cells: {
      license: cell('AWS 托管服务，非开源项目；文档未给出软件许可证', `${APPMESH}/what-is-app-mesh.html`),
      governance: cell('AWS 自营；2024-09-24 起不收新客户，2026-09-30 停止支持，建议迁往 ECS Service Connect 或 VPC Lattice', APPMESH_EOS),
      proxy: cell('Envoy', APPMESH_API),
      dataPlaneModel: cell('sidecar：每个服务旁部署读取 App Mesh 配置的代理', `${APPMESH}/what-is-app-mesh.html`),
      latestVersion: cell('已停止（2026-09-30）；托管服务无版本发行，API 版本为 2019-01-25', APPMESH_SDK),
      protocols: cell('TCP、HTTP/1.1、HTTP/2、gRPC', `${APPMESH}/mutual-tls.html`),
      gatewayApi: cell('未提供；入口使用自有的虚拟网关与网关路由', `${APPMESH}/virtual_gateways.html`),
      retries: cell('路由上的重试策略：HTTP、gRPC、TCP 重试事件与每次重试超时', `${APPMESH}/routes.html`),
      timeouts: cell('路由可设超时，默认 15 秒，设为 0 即关闭', `${APPMESH}/routes.html`),
      circuitBreaking: cell('虚拟节点监听器的连接池与异常检测', `${APPMESH}/virtual_nodes.html`),
      faultInjection: cell('未提供（用户指南中未找到）', `${APPMESH}/what-is-app-mesh.html`),
      trafficSplitting: cell('路由把流量按权重分到多个虚拟节点，权重合计 100', `${APPMESH}/routes.html`),
      rateLimiting: cell('未找到官方说明', `${APPMESH}/what-is-app-mesh.html`),
      mtlsDefault: cell('默认不开；TLS 与双向 TLS 需在监听器和后端上逐一配置', `${APPMESH}/mutual-tls.html`),
      identity: cell('证书可来自本地文件或 SDS（如 SPIFFE 的 SPIRE）', `${APPMESH}/mutual-tls.html`),
      authorization: cell('无 L7 授权策略资源；访问范围靠虚拟节点的 backends 声明与网格出口过滤', `${APPMESH}/meshes.html`),
      certificates: cell('ACM 私有 CA 签发的证书、本地文件证书或 SDS 提供的证书', `${APPMESH}/tls.html`),
      metrics: cell('导出 Envoy 统计，EKS 上可接 Prometheus', `${APPMESH}/metrics.html`),
      tracing: cell('AWS X-Ray、Datadog 等；应用需接入追踪库', `${APPMESH}/tracing.html`),
      accessLogs: cell('虚拟节点与虚拟网关可开 Envoy 访问日志，json 或 text 格式', `${APPMESH}/envoy-logs.html`),
      dashboard: cell('只有 AWS 管理控制台；未见内置可观测性仪表盘', `${APPMESH}/what-is-app-mesh.html`),
      multiCluster: cell('共享网格：不同 AWS 账户可在同一网格中创建资源', `${APPMESH}/sharing.html`),
      nonKubernetes: cell('Amazon ECS、AWS Fargate、Amazon EC2（含 Docker）', `${APPMESH}/what-is-app-mesh.html`),
      controlPlane: cell('AWS 托管控制面，代理从 App Mesh 读取配置', `${APPMESH}/what-is-app-mesh.html`),
      ingressEgress: cell('虚拟网关处理入口；网格出口过滤默认只在网格内转发，可改为允许外部流量', `${APPMESH}/meshes.html`),
    },
  },
  {
    slug: 'open-service-mesh',
    name: 'Open Service Mesh（OSM）',
    short: 'OSM',
    status: 'ended',
    ended: '2023-06-30',
    homepage: 'https://github.com/openservicemesh/osm',
    cncfProject: 'open-service-mesh',
    discoveryMode: 'client-embedded-proxy',
    cells: {
      license: cell('Apache License 2.0（LICENSE 文件；README 徽章写的是 MIT）', OSM_LICENSE),
      governance: cell('2020 年 9 月加入 CNCF，2023 年 6 月 30 日被 CNCF 归档，组织下所有仓库停止开发', CNCF_LANDSCAPE),
      proxy: cell('Envoy', OSM_README),
      dataPlaneModel: cell('sidecar：在每个应用实例旁注入 Envoy', OSM_README),
      latestVersion: cell('最后版本 v1.2.4（2023-04-20 打标签）', OSM_RELEASE),
      protocols: cell('HTTP/1.1、HTTP/2、TCP、gRPC（均为 Stable）', OSM_FEATURES),
      gatewayApi: cell('未找到官方说明；流量策略基于 SMI 规范', OSM_README),
      retries: cell('Retry 策略（仅 HTTP）：重试次数、退避间隔与每次尝试超时', `${OSM_TM}/retry_policy.md`),
      timeouts: cell('无独立请求超时策略；只有重试的每次尝试超时和上游 TCP 连接超时', `${OSM_TM}/retry_policy.md`),
      circuitBreaking: cell('UpstreamTrafficSetting 的连接与请求上限（Alpha）', `${OSM_TM}/circuit_breaking.md`),
      faultInjection: cell('未找到官方说明', OSM_FEATURES),
      trafficSplitting: cell('SMI TrafficSplit v1alpha2，支持 HTTP 与 TCP，可做金丝雀与蓝绿', `${OSM_TM}/traffic_split.md`),
      rateLimiting: cell('UpstreamTrafficSetting：每实例本地限流与对接 gRPC 限流服务的全局限流', `${OSM_TM}/rate_limiting.md`),
      mtlsDefault: cell('自动 mTLS（Stable）；宽松模式只跳过 SMI 访问策略', OSM_FEATURES),
      identity: cell('服务证书标识服务账号；v1alpha2 API 可为证书加 SPIFFE ID', `${OSM_DOCS}/guides/certificate_management/certificates.md`),
      authorization: cell('SMI TrafficTarget 访问控制', OSM_FEATURES),
      certificates: cell('内置 Tresor（默认）；可接 HashiCorp Vault 与 cert-manager（Beta）', `${OSM_DOCS}/guides/certificate_management/certificates.md`),
      metrics: cell('Prometheus 采集 Envoy 流量指标与控制面指标', `${OSM_OBS}/metrics.md`),
      tracing: cell('可选部署 Jaeger（Beta），应用需用 Zipkin 协议', `${OSM_OBS}/tracing.md`),
      accessLogs: cell('Envoy 访问日志默认 JSON 写到标准输出，可导出到 OpenTelemetry 收集器', `${OSM_OBS}/envoy_access_logs.md`),
      dashboard: cell('无自带 UI；可随安装部署 Grafana 与预置仪表盘', `${OSM_OBS}/metrics.md`),
      multiCluster: cell('Alpha', OSM_FEATURES),
      nonKubernetes: cell('设计上有面向虚拟机的端点提供者，但文档只覆盖 Kubernetes 安装', `${OSM_DOCS}/overview/osm_components.md`),
      controlPlane: cell('osm-controller 与 osm-injector，可分别横向扩展', `${OSM_DOCS}/guides/ha_scale/high_availability.md`),
      ingressEgress: cell('IngressBackend 配合 Contour 或 NGINX 入口；Egress 策略 API 或全局直通', `${OSM_TM}/ingress.md`),
    },
  },
];
