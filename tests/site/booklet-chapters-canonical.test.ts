// Booklet chapter pages (/an-pham/<slug>/chuong-<n>/) that reprint a story point their canonical URL
// at the story's page and are left out of the sitemap; chapters written for the booklet (section
// chapters) keep their own canonical and stay in the sitemap. Expectations come from the sample
// dataset (the publications' chapter lists), checked against the sample build's HTML and sitemap.xml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleBuild } from '../helpers/sample-build.ts';
import { decodeEntities, exists, isDraft, pagePath, readNdjson, sampleDatasetDir, slugOf } from './helpers/build.ts';

const SITE = 'https://guongsang.example.vn';
const docs = readNdjson(sampleDatasetDir).filter((d) => !isDraft(d));
const byId = new Map(docs.map((d) => [d._id, d]));

interface ExpectedChapter {
  path: string;
  title: string;
  /** The story's page when the chapter reprints a story that has one. */
  storyPath: string | undefined;
}

/** The chapters as the dataset lists them (story chapters whose story is published, and sections). */
function expectedChapters(): ExpectedChapter[] {
  return docs
    .filter((d) => d._type === 'publication' && slugOf(d))
    .flatMap((publication) => {
      const chapters = (publication.chapters as Array<{ _type: string; title?: string; story?: { _ref: string } }>).filter(
        (c) => c._type === 'sectionChapter' || (c.story && byId.has(c.story._ref)),
      );
      return chapters.map((chapter, i) => {
        const story = chapter.story ? byId.get(chapter.story._ref) : undefined;
        return {
          path: `/an-pham/${slugOf(publication)}/chuong-${i + 1}/`,
          title: chapter.title ?? (story?.title as string),
          storyPath: story ? `/bai-viet/${slugOf(story)}/` : undefined,
        };
      });
    });
}

let outDir: string;
let sitemap: Set<string>;
const chapters = expectedChapters();

beforeAll(async () => {
  const build = await sampleBuild();
  expect(build.code, build.output).toBe(0);
  outDir = build.outDir;
  sitemap = new Set([...readFileSync(join(outDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}, 900_000);

describe('booklet chapter pages', () => {
  it('the sample has both kinds of chapter', () => {
    expect(chapters.filter((c) => c.storyPath).length).toBeGreaterThan(0);
    expect(chapters.filter((c) => !c.storyPath).length).toBeGreaterThan(0);
  });

  it.each(chapters.map((c) => [c.path, c] as const))('%s: canonical and sitemap entry', (_path, chapter) => {
    const html = readFileSync(pagePath(outDir, chapter.path), 'utf8');
    // The right chapter (numbering as the dataset lists them).
    expect(decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '')).trim()).toBe(chapter.title.normalize('NFC').trim());
    const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
    if (chapter.storyPath) {
      expect(exists(pagePath(outDir, chapter.storyPath)), `${chapter.storyPath} has a page`).toBe(true);
      expect(canonicals).toEqual([`${SITE}${chapter.storyPath}`]);
      expect(sitemap.has(`${SITE}${chapter.path}`), 'left out of the sitemap').toBe(false);
      expect(sitemap.has(`${SITE}${chapter.storyPath}`), 'the story is in the sitemap').toBe(true);
    } else {
      expect(canonicals).toEqual([`${SITE}${chapter.path}`]);
      expect(sitemap.has(`${SITE}${chapter.path}`)).toBe(true);
    }
  });
});
