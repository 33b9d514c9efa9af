import {useState, type ReactNode} from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

/**
 * The navbar's slide-out menu, rendered the first time the reader opens it rather than right after hydration. The
 * theme rendered it on every phone at start-up, hidden: the navbar links plus a second copy of the whole docs
 * sidebar, in the same unsliced render as the rest of the post-hydration work. Once opened it stays mounted.
 */
export default function NavbarMobileSidebarWrapper(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  // Derived state (React's documented pattern): render the menu in the same pass that opens it.
  if (shown && !opened) setOpened(true);
  return opened ? <NavbarMobileSidebar /> : null;
}
