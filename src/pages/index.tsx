import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {chapterHref, chapterOutline as chapters} from '@site/src/data/chapter-outline';
import styles from './index.module.css';

const DESCRIPTION =
  '云原生架构的中文参考：云原生与 CNCF、十二要素应用、参考架构、Azure 云设计模式、容器设计模式、Kubernetes / Mesos / Swarm 容器编排与服务网格。';

export default function Home(): ReactNode {
  return (
    <Layout title="首页" description={DESCRIPTION}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            云原生架构知识库
          </Heading>
          <p className={styles.lead}>{DESCRIPTION}</p>
          <p className={styles.audience}>
            写给设计、评审和运维云上系统的架构师与工程师：每个概念一页，每个标题一个固定链接，可以直接贴进团队 wiki。
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/cloud-native">
              从云原生开始阅读
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/design-patterns">
              查看云设计模式
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2" id="chapters">
          章节
        </Heading>
        <ol className={styles.grid}>
          {chapters.map((chapter, index) => (
            <li key={chapter.slug} className={styles.card}>
              <Link to={chapterHref(chapter)} className={styles.cardLink}>
                <span className={styles.number}>{index + 1}</span>
                <Heading as="h3" className={styles.cardTitle}>
                  {chapter.title}
                  <span className={styles.english}>{chapter.english}</span>
                </Heading>
                <p className={styles.summary}>{chapter.summary}</p>
              </Link>
            </li>
          ))}
        </ol>
        <p className={styles.note}>
          内容源自吴启福《云原生架构》（2018），本站保留原文全部内容，改正了笔误（见
          <Link to="/docs/about/changelog">修订记录与勘误</Link>
          ），并为过时的说法补充了截至 2026 年的现状与来源。
        </p>
      </main>
    </Layout>
  );
}
