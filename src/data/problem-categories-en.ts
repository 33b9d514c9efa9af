/**
 * The English text of the Chinese-only fields of src/data/problem-categories.ts (表格 2, the eight problem areas of
 * cloud development from Azure's catalog, as the 2018 seed gives them), keyed by id, for the English edition.
 * Translated on 2026-12-04 from the seed's Chinese, no facts added; the build checks that every non-empty Chinese
 * field has its English text and that each is English (src/data/validate.ts).
 */
export const problemCategoriesEn: Readonly<Record<string, {readonly description: string}>> = {
  availability: {
    description:
      'Availability is the proportion of time that a system is working normally, usually measured as a percentage of uptime. It is affected by system errors, infrastructure problems, malicious attacks and system load. Cloud applications usually offer their users a service level agreement (SLA), so they must be designed to maximise availability.',
  },
  'data-management': {
    description:
      'Data management is a key element of cloud applications and affects most quality attributes. For reasons such as performance, scalability or availability, data is often hosted in different locations and across several servers, which can bring a range of challenges. For example, data consistency must be maintained, which usually means synchronising data held in different locations.',
  },
  'design-and-implementation': {
    description:
      'Good design takes in many factors, such as consistency and coherence in component design and deployment, maintainability that simplifies management and deployment, and reusability that lets components and subsystems be used in other applications and scenarios. Decisions made during design and implementation have a huge effect on the quality and the total cost of ownership of cloud-hosted applications and services.',
  },
  messaging: {
    description:
      'The distributed nature of cloud applications calls for a messaging infrastructure that ideally connects components and services in a loosely coupled way, to maximise scalability. Asynchronous messaging is widely used and brings many benefits, but also many challenges, such as message ordering, poison message management and idempotency.',
  },
  'management-and-monitoring': {
    description:
      'Cloud applications run in a remote data center where there is no full control over the infrastructure or, in some cases, the operating system. Management and monitoring are harder than in an on-premises deployment. Applications must expose runtime information that administrators and operators can use to manage and monitor the system, and support changing business requirements and customisation without being stopped or redeployed.',
  },
  'performance-and-scalability': {
    description:
      'Performance is how quickly a system can carry out any action within a given interval, and scalability is its ability to handle growing load without affecting performance, or to add available resources at any time. Cloud applications often meet variable workloads and peaks of activity, which are almost impossible to predict, especially in multitenant scenarios. Applications should be able to scale out within limits to meet peaks in demand, and scale in when demand falls. Scalability concerns not only compute instances but also other elements such as data stores and messaging infrastructure.',
  },
  resiliency: {
    description:
      'Resiliency is the ability of a system to handle failures properly and then return to normal. The nature of cloud hosting (applications are often multitenant, use shared platform services, compete for resources and bandwidth, communicate over the Internet and run on commodity hardware) makes both transient and lasting failures more likely. Detecting failures and recovering from them quickly and efficiently is necessary to stay resilient.',
  },
  security: {
    description:
      'Security is the ability of a system to prevent malicious or accidental actions outside its designed use, and to prevent the disclosure or loss of information. Cloud applications are exposed on the Internet outside trusted on-premises boundaries, are often open to the public and may serve untrusted users. They must be designed and deployed to protect them from malicious attacks, restrict access to approved users and protect sensitive data.',
  },
};
