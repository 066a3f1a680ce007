// Content shown right (issue 10, item 5; issue 11), on the sample build: contest entries once and winners first,
// movements on profiles and theme pages, the public journey as a timeline, "Xem tất cả" on the home
// page, social networks by their proper names, and no space before a comma or full stop anywhere.
// Expectations come from the raw dataset (site/dataset/data.ndjson) and plain literals, not from the
// site's route data or vocabularies.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import { decodeEntities, type Doc, exists, isDraft, listFiles, pagePath, readNdjson, rel, sampleDatasetDir, slugOf } from './helpers/build.ts';

let build: SampleBuild;
let docs: Doc[];

const ref = (value: unknown) => (value as { _ref?: string } | undefined)?._ref;
const published = (type: string) => docs.filter((d) => d._type === type && !isDraft(d) && slugOf(d));
const byId = (id: string | undefined) => docs.find((d) => d._id === id && !isDraft(d));
const read = (route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');
const collator = new Intl.Collator('vi');
const byTitle = <T extends { title: string }>(a: T, b: T) => collator.compare(a.title, b.title);
/** The part of `html` from the element carrying `marker` to the end of its section. */
const sectionWith = (html: string, marker: string) => new RegExp(`${marker}[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
/** "2019-05-20" → "20 tháng 5, 2019", as the site writes a date in Vietnamese (vi-VN, long month). */
const viDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} tháng ${m}, ${y}`;
};

/** Text a reader sees: the body without scripts, styles, templates and code; tags removed, entities decoded. */
function visibleText(html: string): string {
  const body = /<body[\s\S]*<\/body>/.exec(html)?.[0] ?? '';
  return decodeEntities(
    body
      .replace(/<(script|style|template|pre|textarea|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
      // Inline code is a word in the sentence ("bằng <code>;</code>, …"): kept as one, its text ignored.
      .replace(/<(code|kbd|samp)\b[\s\S]*?<\/\1>/gi, '⟨mã⟩')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

beforeAll(async () => {
  docs = readNdjson(sampleDatasetDir);
  build = await sampleBuild();
  expect(build.code, build.output).toBe(0);
});

describe('typography at the templates', () => {
  it('no page has a space before a comma or a full stop in its visible text', () => {
    const pages = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of pages) {
      const text = visibleText(readFileSync(file, 'utf8'));
      for (const m of text.matchAll(/\S{0,20}[ \t\n\r\u00a0]+[,.](?!\.)\S{0,20}/g)) found.push(`${rel(build.outDir, file)}: «${m[0].replace(/\s+/g, ' ')}»`);
    }
    expect(found).toEqual([]);
  });

  it('decision lines read "Số …, ngày …" on profiles', () => {
    const honour = docs.find((d) => d._type === 'honour' && !isDraft(d) && d.isPublic !== false && d.decisionNumber && d.decisionDate)!;
    const exemplar = byId(ref((honour.recipients as unknown[])[0]))!;
    const text = visibleText(read(`/guong-dien-hinh/${slugOf(exemplar)}/`));
    expect(text).toContain(`Số ${String(honour.decisionNumber)}, ngày ${viDate(String(honour.decisionDate))}`);
  });
});

describe('contest pages', () => {
  type Entry = { _id: string; title: string; status: string; placing?: string; contest: { _ref: string } };
  const PUBLIC = ['hop-le', 'chung-khao', 'dat-giai'];

  it('show every public entry once: winners in the contest’s prize order then by title, finalists, then the others by title', () => {
    const contests = published('contest').filter((c) => Date.parse(String(c.resultsAt)) < Date.now());
    expect(contests.length).toBeGreaterThan(0);
    for (const contest of contests) {
      // Since issue 11 entries are their own documents, linked to their contest.
      const entries = docs.filter((d): d is Doc & Entry => d._type === 'contestEntry' && !isDraft(d) && ref(d.contest) === contest._id && PUBLIC.includes(String(d.status)));
      const prizeKeys = (contest.prizes as { _key: string }[]).map((p) => p._key);
      const winners = prizeKeys.flatMap((key) => entries.filter((e) => e.status === 'dat-giai' && e.placing === key).sort(byTitle));
      const finalists = entries.filter((e) => e.status === 'chung-khao').sort(byTitle);
      const others = entries.filter((e) => !winners.includes(e) && !finalists.includes(e)).sort(byTitle);
      expect(winners.length).toBeGreaterThan(1);
      expect(others.length).toBeGreaterThan(0);
      const html = read(`/cuoc-thi/${slugOf(contest)}/`);
      const keys = [...html.matchAll(/data-entry="([^"]+)"/g)].map((m) => m[1]);
      expect(keys, contest._id).toEqual([...winners, ...finalists, ...others].map((e) => e._id));
      // Each title once in what a reader sees (no second full list).
      const text = visibleText(html);
      for (const entry of entries) expect(text.split(entry.title).length - 1, entry.title).toBe(1);
    }
  });

  it('before the results date no entry stands out: no prize groups on the page', () => {
    const pending = published('contest').filter((c) => Date.parse(String(c.resultsAt)) > Date.now());
    expect(pending.length).toBeGreaterThan(0);
    for (const contest of pending) expect(read(`/cuoc-thi/${slugOf(contest)}/`), contest._id).not.toContain('data-placing=');
  });
});

describe('movements and the journey', () => {
  it('profiles list the exemplar’s movements, linked to their theme pages', () => {
    const withMovements = published('exemplar').filter((e) => ((e.movements as unknown[]) ?? []).length > 0);
    expect(withMovements.length).toBeGreaterThan(3);
    for (const exemplar of published('exemplar')) {
      const html = read(`/guong-dien-hinh/${slugOf(exemplar)}/`);
      const themes = ((exemplar.movements as unknown[]) ?? []).map((m) => byId(ref(m))!).filter((t) => t?.title);
      const section = sectionWith(html, 'data-exemplar-movements');
      if (themes.length === 0) {
        expect(section, exemplar._id).toBe('');
        continue;
      }
      expect(section).toContain('Phong trào, mô hình');
      const expected = themes.map((t) => ({ title: String(t.title), id: t._id, slug: slugOf(t) })).sort(byTitle);
      expect([...section.matchAll(/data-movement="([^"]+)"/g)].map((m) => m[1]), exemplar._id).toEqual(expected.map((t) => t.id));
      for (const t of expected) expect(section).toContain(`href="/chu-de/${t.slug}/"`);
    }
  });

  it('theme pages list the exemplars of the movement, by name', () => {
    let seen = 0;
    for (const theme of published('theme')) {
      const html = read(`/chu-de/${slugOf(theme)}/`);
      const members = published('exemplar')
        .filter((e) => ((e.movements as unknown[]) ?? []).some((m) => ref(m) === theme._id))
        .map((e) => ({ title: String(e.name), slug: slugOf(e), id: e._id }))
        .sort(byTitle);
      const section = sectionWith(html, 'data-listing-exemplars');
      if (members.length === 0) {
        expect(section, theme._id).toBe('');
        continue;
      }
      seen += 1;
      if (theme.kind === 'phong-trao') expect(section).toContain('Gương điển hình trong phong trào');
      expect([...section.matchAll(/data-exemplar="([^"]+)"/g)].map((m) => m[1]), theme._id).toEqual(members.map((m) => m.id));
      for (const m of members) expect(section).toContain(`href="/guong-dien-hinh/${m.slug}/"`);
    }
    expect(seen).toBeGreaterThan(1);
  });

  it('shows the journey as a dated timeline by year only where editors made it public', () => {
    let shown = 0;
    let hidden = 0;
    for (const exemplar of published('exemplar')) {
      const lifecycle = exemplar.lifecycle as { showPublicly?: boolean; history?: { date?: string; stage?: string }[] } | undefined;
      const html = read(`/guong-dien-hinh/${slugOf(exemplar)}/`);
      const section = sectionWith(html, 'data-journey');
      const dated = (lifecycle?.history ?? []).filter((h) => /^\d{4}-\d{2}-\d{2}/.test(h.date ?? ''));
      if (lifecycle?.showPublicly !== true || dated.length === 0) {
        expect(section, exemplar._id).toBe('');
        if (dated.length > 0) hidden += 1;
        continue;
      }
      shown += 1;
      expect(section).toMatch(/<ol class="journey"/);
      const dates = dated.map((h) => h.date!.slice(0, 10)).sort();
      expect([...section.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => [m[1], m[2]]), exemplar._id).toEqual(dates.map((d) => [d, viDate(d)]));
      expect([...section.matchAll(/data-journey-year="(\d{4})"/g)].map((m) => m[1])).toEqual([...new Set(dates.map((d) => d.slice(0, 4)))]);
    }
    expect(shown).toBeGreaterThan(3);
    expect(hidden).toBeGreaterThan(0);
  });
});

describe('home and footer', () => {
  it('every home section links to its full listing with "Xem tất cả"', () => {
    const home = read('/');
    const expected: Record<string, string[]> = {
      latest: ['/luu-tru/'],
      current: ['/cuoc-thi/', '/su-kien/'],
      spotlight: ['/guong-dien-hinh/'],
      columns: ['/chuyen-muc/'],
      themes: ['/chu-de/'],
      publications: ['/an-pham/'],
    };
    for (const [section, targets] of Object.entries(expected)) {
      const html = sectionWith(home, `data-home="${section}"`);
      expect(html, section).not.toBe('');
      const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>(Xem tất cả[^<]*)<\/a>/g)].map((m) => m[1]);
      expect(links, section).toEqual(targets);
      for (const href of links) expect(exists(pagePath(build.outDir, href!)), href).toBe(true);
    }
  });

  it('names social networks properly in the footer', () => {
    const NAMES: Record<string, string> = { facebook: 'Facebook', youtube: 'YouTube', tiktok: 'TikTok', zalo: 'Zalo' };
    const settings = docs.find((d) => d._type === 'siteSettings' && !isDraft(d))!;
    const links = settings.socialLinks as { platform: string; url: string }[];
    expect(links.length).toBeGreaterThan(1);
    const footer = /<footer[\s\S]*<\/footer>/.exec(read('/'))?.[0] ?? '';
    for (const link of links) expect(footer).toContain(`href="${link.url}" rel="noopener noreferrer">${NAMES[link.platform]}</a>`);
    expect(footer).not.toMatch(/>(facebook|youtube|tiktok|zalo)</);
  });
});
