import type {Orchestrator, OrchestratorAspect} from './schema';

/**
 * 表格 6 容器编排 K8s/Mesos/Swarm 比较. intro, vendor, concepts and features are the seed's rows;
 * status2026, cncf, license, firstRelease and unit are this site's additions (sources on the orchestration pages).
 */
export const orchestrators: readonly Orchestrator[] = [
  {
    slug: 'kubernetes',
    name: 'Kubernetes',
    short: 'K8s',
    intro: '基于 Google 在过去十五年来大量生产环境中运行工作负载的经验。高度通用，开源。',
    vendor: 'Google',
    concepts: 'APIServer、Pod、Label、Service、kubelet',
    features:
      '通过 Pods 这一抽象的概念，解决 Container 之间的依赖与通信问题。Pods、Services、Deployments 是独立部署的部分，可以通过 Selector 提供更多的灵活性。内置服务注册表和负载平衡。',
    status2026: '事实上的容器编排标准，活跃开发，各大云厂商均提供托管服务。',
    cncf: '毕业（2018 年 3 月，CNCF 首个毕业项目）',
    license: 'Apache License 2.0',
    firstRelease: 2014,
    unit: 'Pod（一个或多个同地协作的容器）',
    page: '/docs/orchestration/kubernetes',
  },
  {
    slug: 'mesos',
    name: 'Apache Mesos',
    short: 'Mesos',
    intro:
      '分布式调度系统内核。作为资源管理器的 Apache Mesos 在容器之前就已经出现很久了，支持运行容器化和非容器化的工作负载。适用于大型系统。',
    vendor: 'Mesosphere',
    concepts: 'Master、Slave、ZooKeeper、Framework',
    features:
      '可以支持应用程序的健康检查，开放的架构。支持多个框架和多个调度器，通过不同的 Framework 可以运行 Hadoop/Spark/MPI 等多种不同的任务。',
    status2026: '已退役：2025 年 8 月经 Apache 董事会决议退役，2025 年 10 月移入 Apache Attic；DC/OS 已于 2021 年停止支持。',
    cncf: '非 CNCF 项目（Apache 软件基金会项目）',
    license: 'Apache License 2.0',
    firstRelease: 2012,
    unit: '任务（Task），由 Framework 的 Executor 执行',
    page: '/docs/orchestration/mesos',
  },
  {
    slug: 'docker-swarm',
    name: 'Docker Swarm',
    short: 'Swarm',
    intro: 'Docker 开发的调度框架。标准 Docker API 的使用。易于集成和设置，灵活的 API，有限的定制。',
    vendor: 'Docker',
    concepts: '',
    features:
      '由于随 Docker 引擎一起发布，无需额外安装，配置简单。支持服务注册、服务发现，内置 Overlay Network 以及 Load Balancer。与 Docker CLI 非常类似的操作命令，对熟悉 Docker 的人非常容易上手学习。',
    status2026: '经典 Swarm 已于 2020 年归档；Docker Engine 内置的 Swarm 模式仍在维护，企业支持由 Mirantis 提供。',
    cncf: '非 CNCF 项目（SwarmKit 属于 Docker 的 Moby 项目）',
    license: 'Apache License 2.0',
    firstRelease: 2014,
    unit: '服务（Service）的任务（Task），每个任务运行一个容器',
    page: '/docs/orchestration/docker-swarm',
  },
];

/** Row labels of the comparison, in display order; `seed` marks the rows the seed has. */
export const orchestratorAspects: ReadonlyArray<{key: OrchestratorAspect; label: string; seed: boolean}> = [
  {key: 'intro', label: '简介', seed: true},
  {key: 'vendor', label: '支撑厂商', seed: true},
  {key: 'concepts', label: '核心概念', seed: true},
  {key: 'features', label: '特性', seed: true},
  {key: 'status2026', label: '现状（截至 2026 年）', seed: false},
  {key: 'cncf', label: 'CNCF 状态', seed: false},
  {key: 'license', label: '许可证', seed: false},
  {key: 'firstRelease', label: '首次发布（年）', seed: false},
  {key: 'unit', label: '调度单位', seed: false},
];
