import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import Content from '@theme-original/CodeBlock/Content';

// What the theme's client module lib/prism-include-languages.js did on every page at start-up (see ./index.tsx).
prismIncludeLanguages(Prism);

/** The theme's highlighted code (Prism through prism-react-renderer), with the site's extra languages. */
export default Content;
