import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';

// What the theme's client module lib/prism-include-languages.js did on every page at start-up (see ./index.tsx).
prismIncludeLanguages(Prism);

export default CodeBlock as typeof CodeBlockType;
