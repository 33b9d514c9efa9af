import type {Orchestrator2026, Orchestrator2026Dimension} from './schema';

/**
 * "2026 年的选择" comparison of container orchestrators: Kubernetes, Docker Swarm mode, HashiCorp Nomad
 * and (retired) Apache Mesos. Every cell was checked on 2026-12-03 against the first-party page in its
 * `source` (project docs, release notes, changelogs, tags, licence files, the Apache Attic, CNCF data).
 * Release facts come from the newest stored snapshots (Kubernetes 2026-08, Docker Engine / moby 2026-08,
 * Nomad 2026-08); re-check them when the page is next revised.
 */
export const orchestrator2026Labels: Readonly<Record<Orchestrator2026Dimension, string>> = {
  status: '现状',
  steward: '维护方',
  license: '许可证',
  latestVersion: '最新版本',
  workloads: '可运行的负载',
  schedulingUnit: '调度单位',
  serviceDiscovery: '服务发现',
  networking: '网络',
  configuration: '配置方式',
  scale: '规模上限',
  multiRegion: '多集群 / 多区域',
  managedOfferings: '托管服务',
};

const checked = '2026-12-03';

export const orchestrators2026: readonly Orchestrator2026[] = [
  {
    slug: 'kubernetes',
    name: 'Kubernetes',
    short: 'Kubernetes',
    status: 'active',
    homepage: 'https://kubernetes.io/',
    cells: {
      status: {
        value: '活跃：v1.37 已于 2026 年 8 月发布，v1.38 处于 alpha 预发布阶段',
        source: 'https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-1.38.md',
        checked,
      },
      steward: {
        value: 'CNCF 托管：2016 年 3 月加入，2018 年 3 月毕业',
        source: 'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml',
        checked,
      },
      license: {
        value: 'Apache License 2.0',
        source: 'https://github.com/kubernetes/kubernetes/blob/master/LICENSE',
        checked,
      },
      latestVersion: {
        value: 'v1.37（2026 年 8 月 26 日发布，主题 Garhwal）',
        source: 'https://kubernetes.io/blog/2026/08/26/kubernetes-v1-37-release/',
        checked,
      },
      workloads: {
        value: '以 Pod 运行容器；内置 Deployment、StatefulSet、DaemonSet、Job / CronJob 等工作负载资源，可用 CRD 扩展',
        source: 'https://kubernetes.io/docs/concepts/workloads/',
        checked,
      },
      schedulingUnit: {
        value: 'Pod：最小的可部署计算对象，含一个或多个容器',
        source: 'https://kubernetes.io/docs/concepts/workloads/',
        checked,
      },
      serviceDiscovery: {
        value: 'Service API 为一组 Pod 提供稳定的 IP 或主机名，EndpointSlice 记录当前的后端 Pod',
        source: 'https://kubernetes.io/docs/concepts/services-networking/',
        checked,
      },
      networking: {
        value: '每个 Pod 有集群内唯一 IP，Pod 之间无需 NAT 直接通信；Pod 网络由 CNI 插件实现，NetworkPolicy 管控流量',
        source: 'https://kubernetes.io/docs/concepts/services-networking/',
        checked,
      },
      configuration: {
        value: '声明式 API 对象：YAML 配置文件通常存入 Git，用 kubectl apply 创建和更新',
        source: 'https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/',
        checked,
      },
      scale: {
        value: '单集群最多 5,000 个节点、每节点 110 个 Pod、共 150,000 个 Pod、300,000 个容器',
        source: 'https://kubernetes.io/docs/setup/best-practices/cluster-large/',
        checked,
      },
      multiRegion: {
        value: '核心未内置多集群联邦；官方 KubeFed 已于 2023 年 4 月归档，多集群工作转由 SIG Multicluster 的子项目承担',
        source: 'https://github.com/kubernetes-retired/kubefed',
        checked,
      },
      managedOfferings: {
        value: 'CNCF Landscape（2026 年 8 月快照）的 Certified Kubernetes - Hosted 类列出 62 项，如 EKS、GKE、AKS、OKE、DigitalOcean Kubernetes',
        source: 'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml',
        checked,
      },
    },
  },
  {
    slug: 'docker-swarm',
    name: 'Docker Swarm 模式',
    short: 'Swarm 模式',
    status: 'active',
    homepage: 'https://docs.docker.com/engine/swarm/',
    cells: {
      status: {
        value: '维护中：Swarm 模式内置于 Docker Engine、随其发布；独立部署的经典 Swarm 已停止开发',
        source: 'https://docs.docker.com/engine/swarm/',
        checked,
      },
      steward: {
        value: 'Docker / Moby 项目；编排层由独立的 SwarmKit 项目实现',
        source: 'https://docs.docker.com/engine/swarm/key-concepts/',
        checked,
      },
      license: {
        value: 'Apache License 2.0（moby/moby）',
        source: 'https://github.com/moby/moby/blob/master/LICENSE',
        checked,
      },
      latestVersion: {
        value: '随 Docker Engine 发布：29.7.2（2026 年 8 月 5 日打标签）',
        source: 'https://github.com/moby/moby/releases/tag/docker-v29.7.2',
        checked,
      },
      workloads: {
        value: '只运行容器：服务分为副本（replicated）与全局（global）两类，每个任务对应一个 Docker 容器',
        source: 'https://docs.docker.com/engine/swarm/key-concepts/',
        checked,
      },
      schedulingUnit: {
        value: '任务（Task）：承载一个容器，是 Swarm 调度的原子单位，分配到节点后不再迁移',
        source: 'https://docs.docker.com/engine/swarm/key-concepts/',
        checked,
      },
      serviceDiscovery: {
        value: '内置 DNS：每个服务自动获得 DNS 名称，集群内按服务名做负载均衡',
        source: 'https://docs.docker.com/engine/swarm/key-concepts/',
        checked,
      },
      networking: {
        value: '入口负载均衡：访问任一节点的发布端口都会转到运行中的任务，未指定时端口取自 30000–32767',
        source: 'https://docs.docker.com/engine/swarm/key-concepts/',
        checked,
      },
      configuration: {
        value: 'Docker CLI（docker service），或用 Compose 文件经 docker stack deploy 部署整个应用栈',
        source: 'https://docs.docker.com/engine/swarm/stack-deploy/',
        checked,
      },
      scale: {
        value: '文档未给出节点上限；Manager 建议取奇数且不超过 7 个，增加 Manager 并不提升扩展性',
        source: 'https://docs.docker.com/engine/swarm/how-swarm-mode-works/nodes/',
        checked,
      },
      multiRegion: {
        value: '未见官方多集群联邦功能；文档建议把 Manager 分布在至少 3 个可用区，以承受整区故障',
        source: 'https://docs.docker.com/engine/swarm/admin_guide/',
        checked,
      },
      managedOfferings: {
        value: '未找到公有云托管的 Swarm；Mirantis MKE 3 提供企业级 Swarm，升级到 MKE 4 后 Swarm 工作负载不再保留',
        source: 'https://docs.mirantis.com/mke4/latest/upgrades/upgrade-from-mke-3x/',
        checked,
      },
    },
  },
  {
    slug: 'nomad',
    name: 'HashiCorp Nomad',
    short: 'Nomad',
    status: 'active',
    homepage: 'https://developer.hashicorp.com/nomad',
    cells: {
      status: {
        value: '活跃：2.0.0 于 2026 年 4 月发布，此后陆续发布 2.0.x 补丁版',
        source: 'https://github.com/hashicorp/nomad/blob/main/CHANGELOG.md',
        checked,
      },
      steward: {
        value: 'HashiCorp 开发；许可文件中的许可方为 IBM',
        source: 'https://github.com/hashicorp/nomad/blob/main/LICENSE',
        checked,
      },
      license: {
        value: 'BUSL 1.1：2023 年 8 月由 MPL 2.0 改换，适用于 1.7.0 及以后版本，各版本发布 4 年后转为 MPL 2.0',
        source: 'https://github.com/hashicorp/nomad/blob/main/LICENSE',
        checked,
      },
      latestVersion: {
        value: '2.0.5（2026 年 8 月 12 日）',
        source: 'https://github.com/hashicorp/nomad/blob/main/CHANGELOG.md',
        checked,
      },
      workloads: {
        value: '靠任务驱动插件：Docker、Podman 容器，exec 可执行文件，Java 应用，QEMU 虚拟机等',
        source: 'https://github.com/hashicorp/nomad/blob/main/README.md',
        checked,
      },
      schedulingUnit: {
        value: '任务组（group）：同组的任务（task）放在同一客户端节点上；一个 job 可含多个 group',
        source: 'https://developer.hashicorp.com/nomad/docs/job-specification',
        checked,
      },
      serviceDiscovery: {
        value: '1.3 起内置原生服务发现，无需额外组件；也可改用 Consul',
        source: 'https://developer.hashicorp.com/nomad/tutorials/service-discovery/service-discovery-app-deployment',
        checked,
      },
      networking: {
        value: '在 group 的 network 块中分配端口；bridge 模式让组内任务共享网络命名空间，需安装 CNI 参考插件',
        source: 'https://developer.hashicorp.com/nomad/docs/job-specification/network',
        checked,
      },
      configuration: {
        value: '用 HCL 编写作业规范（jobspec），CLI 解析后以 JSON 经 HTTP API 提交',
        source: 'https://developer.hashicorp.com/nomad/docs/job-specification',
        checked,
      },
      scale: {
        value: '官方 C2M 基准：Nomad 1.0 在 10 个 AWS 区域的 6,100 台主机上，约 22 分钟调度 200 万个 Docker 容器',
        source: 'https://www.hashicorp.com/c2m',
        checked,
      },
      multiRegion: {
        value: '内置联邦：跨区域转发请求，并从权威区域复制 ACL、命名空间等对象；多区域部署（multiregion）需 Enterprise 版',
        source: 'https://developer.hashicorp.com/nomad/docs/architecture/cluster/federation',
        checked,
      },
      managedOfferings: {
        value: '未找到 HashiCorp 官方托管 Nomad 服务的说明；商业版为 Nomad Enterprise',
        source: 'https://github.com/hashicorp/nomad/blob/main/README.md',
        checked,
      },
    },
  },
  {
    slug: 'mesos',
    name: 'Apache Mesos',
    short: 'Mesos',
    status: 'retired',
    retired: '2025-08-20',
    homepage: 'https://mesos.apache.org/',
    cells: {
      status: {
        value: '已退役：ASF 董事会 2025 年 8 月决议退役，2025 年 10 月完成移入 Apache Attic',
        source: 'https://attic.apache.org/projects/mesos.html',
        checked,
      },
      steward: {
        value: '原为 Apache 软件基金会项目，现由 Apache Attic 只读保存；Attic 页面指向社区分支 Clusterd',
        source: 'https://attic.apache.org/projects/mesos.html',
        checked,
      },
      license: {
        value: 'Apache License 2.0',
        source: 'https://github.com/apache/mesos/blob/master/LICENSE',
        checked,
      },
      latestVersion: {
        value: '1.11.0（2020 年 11 月 24 日打标签），此后没有新版本',
        source: 'https://github.com/apache/mesos/releases/tag/1.11.0',
        checked,
      },
      workloads: {
        value: '通过 Framework 运行：长期服务（Marathon、Aurora）、定时批处理（Chronos），以及 Spark、Hadoop、Storm 等',
        source: 'https://mesos.apache.org/documentation/latest/frameworks/',
        checked,
      },
      schedulingUnit: {
        value: '任务（Task）：Master 向 Framework 发出资源邀约（offer），由 Framework 的调度器决定在哪些资源上启动任务',
        source: 'https://mesos.apache.org/documentation/latest/architecture/',
        checked,
      },
      serviceDiscovery: {
        value: 'Mesos 只保存任务附带的 DiscoveryInfo，DNS、代理等由外部服务发现系统据此配置',
        source: 'https://mesos.apache.org/documentation/latest/app-framework-development-guide/',
        checked,
      },
      networking: {
        value: '每容器一个 IP：Mesos 容器化器经 CNI 接入网络，Docker 容器化器依赖 Docker 自身的网络',
        source: 'https://mesos.apache.org/documentation/latest/networking/',
        checked,
      },
      configuration: {
        value: '无统一的作业文件：Framework 调度器经 API 向 Mesos 提交任务描述，面向用户的格式取决于所用 Framework',
        source: 'https://mesos.apache.org/documentation/latest/architecture/',
        checked,
      },
      scale: {
        value: '官网称可线性扩展到数万个节点（10,000s of nodes）',
        source: 'https://mesos.apache.org/',
        checked,
      },
      multiRegion: {
        value: '1.5 起支持故障域（region / zone）；Framework 声明 REGION_AWARE 后才会收到其他区域的资源邀约',
        source: 'https://mesos.apache.org/documentation/latest/fault-domains/',
        checked,
      },
      managedOfferings: {
        value: '未找到官方托管服务；项目已退役',
        source: 'https://attic.apache.org/projects/mesos.html',
        checked,
      },
    },
  },
];
