// E-publication pages: the landing page (/an-pham/<slug>/: cover, foreword, table of contents,
// credits, EPUB/PDF downloads with their sizes), one page per chapter (/an-pham/<slug>/chuong-<n>/)
// and the index. Chapters are the booklet model's (lib/booklet/model.ts), so the web reader, the EPUB
// and the PDF number them alike.
import { bookletDownloads, type BookletDownload, type SiteBooklet } from '../../booklet/site-data.ts';
import type { BookletChapter } from '../../booklet/model.ts';
import { bodyImageRequests, type ImageRequest } from '../../images/requests.ts';
import type { Crumb, PortableTextValue, Publication, RouteData, StoryCard } from '../types.ts';
import { publicationChapterUrl, PUBLICATIONS_URL, urlFor } from '../urls.ts';
import { chapterSeo, collectionSeo, publicationSeo, type PageSeo } from '../seo.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

export interface PublicationPage {
  publication: Publication;
  title: string;
  crumbs: Crumb[];
  /** "Tuyển tập · 2024 · 12 chương" */
  meta: string;
  publisher: string | null;
  pageSize: string | null;
  chapters: { index: number; title: string }[];
  /** Credits grouped by role, in the order first met: "Biên tập: A, B". */
  credits: { label: string; names: string[] }[];
  /** The files the booklet integration made (a format that could not be built has none). */
  downloads: Omit<BookletDownload, 'file'>[];
  images: ImageRequest[];
  seo: PageSeo;
}

function creditList(booklet: SiteBooklet | undefined): PublicationPage['credits'] {
  const credits = new Map<string, string[]>();
  for (const credit of booklet?.model?.credits ?? []) {
    const label = credit.roleTitle ?? 'Thực hiện';
    credits.set(label, [...(credits.get(label) ?? []), credit.name]);
  }
  return [...credits].map(([label, names]) => ({ label, names }));
}

export async function publicationPaths(data: RouteData, booklets: ReadonlyMap<string, SiteBooklet>) {
  const site = siteContext(data);
  return Promise.all(
    data.publications.map(async (publication) => {
      const booklet = booklets.get(publication.slug);
      const model = booklet?.model ?? null;
      const chapters = model?.chapters ?? [];
      const downloads = (await bookletDownloads(publication.slug)).map(({ file: _file, ...d }) => d);
      const page: PublicationPage = {
        publication,
        title: publication.title ?? publication.slug,
        crumbs: [{ label: 'Ấn phẩm', href: PUBLICATIONS_URL }, { label: publication.title ?? publication.slug }],
        meta: [publication.edition ?? 'Ấn phẩm', publication.year, chapters.length > 0 ? `${chapters.length} chương` : null].filter(Boolean).join(' · '),
        publisher: model?.publisher ?? null,
        pageSize: model?.pageSize ?? null,
        chapters: chapters.map((c) => ({ index: c.index, title: c.title })),
        credits: creditList(booklet),
        downloads,
        images: [[publication.cover, 'cover']],
        seo: publicationSeo(publication, model, downloads, data),
      };
      return pagePath({ slug: publication.slug }, site, page);
    }),
  );
}

export interface ChapterPage {
  booklet: { slug: string; title: string };
  chapter: BookletChapter;
  crumbs: Crumb[];
  body: PortableTextValue;
  total: number;
  previous: { index: number; title: string } | undefined;
  next: { index: number; title: string } | undefined;
  /** The story this chapter reprints, when it has a page. */
  story: Pick<StoryCard, 'slug' | 'title'> | undefined;
  /**
   * The page's canonical URL (path): the story's when the chapter reprints one, so search engines
   * index the story once; such a chapter is left out of the sitemap (see `repeatedChapterPaths`).
   */
  canonical: string | undefined;
  images: ImageRequest[];
  seo: PageSeo;
}

export function chapterPaths(data: RouteData, booklets: ReadonlyMap<string, SiteBooklet>) {
  const site = siteContext(data);
  const stories = new Map(data.stories.map((s) => [s._id, s]));
  return data.publications.flatMap((publication) => {
    const model = booklets.get(publication.slug)?.model;
    if (!model) return [];
    const brief = (c: BookletChapter | undefined) => c && { index: c.index, title: c.title };
    return model.chapters.map((chapter) => {
      const body = chapter.body as PortableTextValue;
      const story = chapter.storyId ? stories.get(chapter.storyId) : undefined;
      const page: ChapterPage = {
        booklet: { slug: model.slug, title: model.title },
        chapter,
        crumbs: [{ label: 'Ấn phẩm', href: PUBLICATIONS_URL }, { label: model.title, href: urlFor('publication', model.slug) }, { label: `Chương ${chapter.index}` }],
        body,
        total: model.chapters.length,
        previous: brief(model.chapters[chapter.index - 2]),
        next: brief(model.chapters[chapter.index]),
        story: story && { slug: story.slug, title: story.title },
        canonical: (story && urlFor('story', story.slug)) ?? undefined,
        images: [[chapter.cover, 'cover'], ...bodyImageRequests(body)],
        seo: chapterSeo(publication, chapter, data),
      };
      return pagePath({ slug: publication.slug, n: String(chapter.index) }, site, page);
    });
  });
}

/** Chapter pages that reprint a story (their canonical is the story's): not in the sitemap. */
export function repeatedChapterPaths(data: RouteData, booklets: ReadonlyMap<string, SiteBooklet>): Set<string> {
  return new Set(
    chapterPaths(data, booklets)
      .filter((path) => path.props.page.canonical !== undefined)
      .map(({ props: { page } }) => publicationChapterUrl(page.booklet.slug, page.chapter.index)),
  );
}

export interface PublicationsIndex {
  publications: (Publication & { chapterCount: number })[];
  images: ImageRequest[];
  seo: PageSeo;
}

export function publicationsIndex(data: RouteData, booklets: ReadonlyMap<string, SiteBooklet>): PublicationsIndex {
  return {
    publications: data.publications.map((p) => ({ ...p, chapterCount: booklets.get(p.slug)?.model?.chapters.length ?? 0 })),
    images: data.publications.map((p) => [p.cover, 'card'] as const),
    seo: collectionSeo(data, { name: 'Ấn phẩm', path: PUBLICATIONS_URL, description: 'Sách điện tử và kỷ yếu tuyển chọn các bài viết của Gương sáng.', items: data.publications.map((p) => ({ name: p.title, url: urlFor('publication', p.slug) })) }),
  };
}
