import type {ProblemCategory} from './schema';

/** 表格 2 云开发领域问题（八类）~ 来自于 Windows Azure, in the seed's order. */
export const problemCategories: readonly ProblemCategory[] = [
  {
    id: 'availability',
    name: '可用性',
    english: 'Availability',
    description:
      '可用性指系统正常工作时间所占的比例，通常以运行时间百分比度量。可用性受系统错误、基础结构问题、恶意攻击和系统负载的影响。云应用程序通常向用户提供服务级别协议（SLA），因此，它们在设计上必须能够最大程度地保持可用性。',
  },
  {
    id: 'data-management',
    name: '数据管理',
    english: 'Data Management',
    description:
      '数据管理是云应用程序的关键要素，影响大部分质量属性。出于性能、可伸缩性或可用性等方面的原因，数据通常托管在不同的位置并跨多个服务器，这可能会带来一系列的挑战。例如，必须保持数据一致性，通常需要将不同位置的数据进行同步。',
  },
  {
    id: 'design-and-implementation',
    name: '设计和实现',
    english: 'Design and Implementation',
    description:
      '合理的设计包括很多因素（例如组件设计和部署中的一致性与连贯性）、可简化管理和部署的可维护性，以及可允许在其他应用程序和其他方案中使用的组件和子系统的可重用性。在设计和实施阶段做出的决策对云托管应用程序和服务的质量和总拥有成本具有巨大影响。',
  },
  {
    id: 'messaging',
    name: '消息传送',
    english: 'Messaging',
    description:
      '云应用程序的分布性要求消息基础结构在理想情况下能以松散耦合的方式连接组件和服务，从而将可伸缩性最大化。异步消息受到广泛使用并提供了诸多好处，但也带来了许多挑战，如消息排序、有害消息管理和幂等性等。',
  },
  {
    id: 'management-and-monitoring',
    name: '管理和监控',
    english: 'Management and Monitoring',
    description:
      '云应用程序在远程数据中心内运行，在此中心内，无法完全控制基础结构，或者在某些情况下无法控制操作系统。与本地部署相比，管理和监视难度更大。应用程序必须公开运行时信息，以便管理员和操作员管理和监视系统，支持不断变化的业务要求和定制，而无需停止或重新部署应用程序。',
  },
  {
    id: 'performance-and-scalability',
    name: '性能和伸缩性',
    english: 'Performance and Scalability',
    description:
      '性能是指系统在给定的时间间隔内执行任何操作的响应能力，可伸缩性则是系统能够应对负载增大且不影响性能或随时增加可用资源的能力。云应用程序往往会遇到可变工作负载和活动高峰。预测这些变化（尤其是在多租户方案中）几乎是不可能的。应用程序应该能够在限制范围内扩大以满足需求高峰，并在需求减少时缩小。可伸缩性不仅涉及计算实例，而且还涉及其他要素，例如数据存储、消息传送基础结构，等等。',
  },
  {
    id: 'resiliency',
    name: '弹性',
    english: 'Resiliency',
    description:
      '复原能力是指系统能够在发生故障后进行恰当处理，然后恢复正常。由于云托管的性质（应用程序通常是多租户的、使用共享平台服务、争用资源和带宽、通过 Internet 通信、在市售硬件上运行），出现暂时性故障和持久性故障的可能性增大。快速高效检测故障并恢复是保持复原能力所必需的。',
  },
  {
    id: 'security',
    name: '安全性',
    english: 'Security',
    description:
      '安全性是防止超出设计使用范围的恶意或意外操作，并防止泄露或丢失信息的系统能力。云应用程序暴露在受信任的本地边界之外的 Internet 上，通常向公众开放，并可能为不受信任的用户提供服务。应用程序的设计和部署必须防范它们受到恶意攻击，将访问权限限制给经过批准的用户，并保护敏感数据。',
  },
];
