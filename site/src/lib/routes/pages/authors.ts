// Author pages (/tac-gia/<slug>/[trang/<n>/]): who they are and every story that credits them, with
// their roles on it; and the authors index.
import { creditRoles, titleOf } from '@guong-sang/schemas';
import type { ImageRequest } from '../../images/requests.ts';
import { AUTHOR_PAGE_SIZE, paginate, pageParam, type Page } from '../pagination.ts';
import { toStoryCard } from '../story-card.ts';
import type { Crumb, Person, RouteData, StoryCard } from '../types.ts';
import { listingTrail } from '../breadcrumbs.ts';
import { AUTHORS_URL, pageUrl, urlFor } from '../urls.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

export interface AuthorPage {
  person: Omit<Person, 'bio' | 'portrait'> & { bio: Person['bio'] | null; portrait: Person['portrait'] | null };
  name: string;
  crumbs: Crumb[];
  /** How many stories credit them (all pages). */
  count: number;
  page: Page<{ story: StoryCard; roles: string }>;
  images: ImageRequest[];
  seo: PageSeo;
}

const roleNames = (roles: readonly string[]): string =>
  roles
    .map((r) => titleOf(creditRoles, r))
    .filter(Boolean)
    .join(', ');

export function authorPaths(data: RouteData) {
  const site = siteContext(data);
  return data.people.flatMap(({ credited, ...person }) =>
    paginate(credited, AUTHOR_PAGE_SIZE).map((page) => {
      const first = page.number === 1;
      const author: AuthorPage = {
        // The portrait is shown on the first page only; the bio is the description of every page.
        person: { ...person, portrait: first ? person.portrait : null },
        name: person.name ?? person.slug,
        crumbs: listingTrail([{ label: 'Tác giả', href: AUTHORS_URL }], person.name ?? person.slug, urlFor('person', person.slug)!, page.number),
        count: credited.length,
        page: { ...page, items: page.items.map(({ story, roles }) => ({ story: toStoryCard(story), roles: roleNames(roles) })) },
        images: first ? [[person.portrait, 'portrait']] : [],
        seo: collectionSeo(data, {
          name: first ? (person.name ?? person.slug) : `${person.name ?? person.slug} — Trang ${page.number}`,
          path: pageUrl(urlFor('person', person.slug)!, page.number),
          description: person.bio || `Các bài viết của ${person.name ?? person.slug} trên ${data.siteName}.`,
          items: page.items.map(({ story }) => ({ name: story.title, url: urlFor('story', story.slug) })),
        }),
      };
      return pagePath({ slug: person.slug, page: pageParam(page.number) }, site, author);
    }),
  );
}

export interface AuthorsIndex {
  people: { slug: string; name: string | null; jobTitle: string | null; count: number }[];
  seo: PageSeo;
}

export function authorsIndex(data: RouteData): AuthorsIndex {
  return {
    people: data.people.map((p) => ({ slug: p.slug, name: p.name, jobTitle: p.jobTitle, count: p.credited.length })),
    seo: collectionSeo(data, { name: 'Tác giả', path: AUTHORS_URL, description: 'Phóng viên, cộng tác viên và những người thực hiện các bài viết trên Gương sáng.', items: data.people.map((p) => ({ name: p.name, url: urlFor('person', p.slug) })) }),
  };
}
