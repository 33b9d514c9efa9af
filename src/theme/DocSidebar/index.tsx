import type {ReactNode} from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';

/**
 * The theme's DocSidebar, except that the desktop sidebar stays mounted on phones. The server renders it (it cannot
 * know the screen), the theme's CSS hides it below 997 px, and the theme unmounted it right after hydration on a
 * phone, in one unsliced render: 249 nodes and 73 links on a pattern page. The mobile sidebar (which fills the
 * navbar's menu) is mounted on phones as before.
 */
export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}
