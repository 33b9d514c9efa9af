import type {ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import CopyLink from '@site/src/components/CopyLink';

type Props = WrapperProps<typeof HeadingType>;

/** Every heading with an id (h2–h6) gets a "复制本节链接" control next to Docusaurus's # link. */
export default function HeadingWrapper(props: Props): ReactNode {
  if (props.as === 'h1' || !props.id) return <Heading {...props} />;
  return (
    <Heading {...props}>
      {props.children}
      <CopyLink anchor={props.id} />
    </Heading>
  );
}
