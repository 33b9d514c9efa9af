import type {ReactNode} from 'react';
import Buttons from '@theme-original/CodeBlock/Buttons';
import type ButtonsType from '@theme/CodeBlock/Buttons';
import type {WrapperProps} from '@docusaurus/types';
import {useIdleMount} from '@site/src/hooks/useIdleMount';

type Props = WrapperProps<typeof ButtonsType>;

/** The theme's copy and word-wrap buttons (browser-only), created in an idle period after hydration, not in its commit. */
export default function ButtonsWrapper(props: Props): ReactNode {
  return useIdleMount() ? <Buttons {...props} /> : null;
}
