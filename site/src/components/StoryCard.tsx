import type { ImageMap } from '../lib/images/map.ts';
import type { StoryCard as StoryCardData } from '../lib/routes/types.ts';
import { urlFor } from '../lib/routes/urls.ts';
import { formatDateInVietnam } from '../lib/format/date.ts';
import { isoDate } from '../lib/format/iso-date.ts';
import { Img } from './Img.tsx';

export function StoryCard({ story, images, headingLevel = 3 }: { story: StoryCardData; images: ImageMap; headingLevel?: 2 | 3 }) {
  const href = urlFor('story', story.slug)!;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      <a href={href}>
        <Img image={story.cover} images={images} preset="card" />
        <Heading>{story.title}</Heading>
      </a>
      <p className="meta">
        {story.column?.title ? <>{story.column.title} · </> : null}
        {isoDate(story.publishedAt) ? <time dateTime={isoDate(story.publishedAt)}>{formatDateInVietnam(story.publishedAt)}</time> : null}
      </p>
      {story.dek ? <p>{story.dek}</p> : null}
    </article>
  );
}
