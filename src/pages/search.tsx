import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import SearchResults from '@site/src/components/SearchResults';

export default function Search(): ReactNode {
  return (
    <Layout title="搜索" description="在云原生架构知识库中搜索：页面标题、术语、CNCF 项目与全文。" noFooter={false}>
      <main>
        <SearchResults />
      </main>
    </Layout>
  );
}
