// Which layout a story's page uses, decided from its format (schemas/vocabularies/storyFormats.ts),
// and the blocks a layout lifts out of the body. Route data (lib/routes/pages/story.ts) calls these;
// the template (components/story/StoryPage.astro) only renders the result.
import type { Story } from '../routes/types.ts';

export type StoryLayout = 'article' | 'longform' | 'photo-essay' | 'video' | 'podcast' | 'infographic';

const LAYOUTS: Readonly<Record<string, StoryLayout>> = {
  longform: 'longform',
  'phong-su-anh': 'photo-essay',
  video: 'video',
  podcast: 'podcast',
  infographic: 'infographic',
};

/** The layout of a format; news formats (bài viết, phóng sự, ký sự) and unknown values read as articles. */
export function storyLayout(format: string | null | undefined): StoryLayout {
  return (format && Object.hasOwn(LAYOUTS, format) ? LAYOUTS[format] : undefined) ?? 'article';
}

type Block = NonNullable<Story['body']>[number];

/**
 * The block a video or podcast page plays first, above the text: the body's first video (video
 * layout) or audio (podcast layout) embed, by `_key`. Other layouts lift nothing.
 */
export function leadMedia(layout: StoryLayout, body: Story['body']): (Block & { _key: string }) | undefined {
  const type = layout === 'video' ? 'videoEmbed' : layout === 'podcast' ? 'audioEmbed' : undefined;
  if (!type || !Array.isArray(body)) return undefined;
  return body.find((block): block is Block & { _key: string } => block?._type === type && typeof block._key === 'string');
}

/** Layouts whose body images open full size in the lightbox (components/story/Lightbox). */
export const ZOOM_LAYOUTS: ReadonlySet<StoryLayout> = new Set(['photo-essay', 'infographic']);
/** Layouts whose body images are drawn wider than the text column. */
export const WIDE_LAYOUTS: ReadonlySet<StoryLayout> = new Set(['longform', 'photo-essay', 'infographic']);
