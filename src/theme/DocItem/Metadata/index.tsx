import type {ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import {PageMetadata} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {socialCardPath} from '@site/src/social/cardPath';

/**
 * Why a swizzle: Docusaurus gives every page the one site-wide themeConfig.image unless a doc sets `image:` in
 * its front matter. This wrapper keeps the original metadata and adds, after it (the later tag wins), the doc's
 * own link-preview card rendered by `npm run social-cards` (img/social/<doc id>.png, made absolute with the site
 * URL and base URL), unless the doc brings its own image; and it marks doc pages as og:type article.
 */
export default function DocItemMetadataWrapper(): ReactNode {
  const {metadata, frontMatter, assets} = useDoc();
  const ownImage = assets.image ?? frontMatter.image;
  return (
    <>
      <Metadata />
      <PageMetadata image={ownImage ? undefined : socialCardPath(metadata.id)}>
        <meta property="og:type" content="article" />
      </PageMetadata>
    </>
  );
}
