import type {ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

type Props = WrapperProps<typeof LayoutType>;

/**
 * The search plugin's /search page renders its content straight into Layout, without a <main> landmark
 * (axe: landmark-one-main, region). Every other page brings its own <main>; this wrapper adds one there only.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const searchPath = useBaseUrl('/search');
  const isSearchPage = useLocation().pathname.replace(/\/$/, '') === searchPath.replace(/\/$/, '');
  return <Layout {...props}>{isSearchPage ? <main>{props.children}</main> : props.children}</Layout>;
}
