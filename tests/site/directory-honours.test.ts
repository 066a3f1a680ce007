// The exemplar directory, its pre-built listings, the honours register and the open data, checked
// on the sample build. Expectations are computed from the raw dataset (not from the site's code), so
// a wrong facet, a leaked non-public honour or a CSV/JSON mismatch fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { CONTEST_RESULTS_DATASET, EXEMPLAR_DATASET, HONOUR_DATASET, LIST_SEPARATOR, type OpenDataset } from '../../site/src/lib/routes/open-data.ts';
import { type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import {
  decodeEntities,
  type Doc,
  exists,
  isDraft,
  listFiles,
  pagePath,
  readNdjson,
  sampleDatasetDir,
  slugOf,
} from './helpers/build.ts';

let build: SampleBuild;
let docs: Doc[];
let excluded: ReadonlySet<string>;

const ref = (value: unknown) => (value as { _ref?: string } | undefined)?._ref;
const live = (d: Doc) => !isDraft(d) && !excluded.has(d._id);
const byId = (id: string | undefined) => docs.find((d) => d._id === id);
const read = (route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');
const readFile = (path: string) => readFileSync(join(build.outDir, path));

/** Published exemplars with a page. */
const exemplars = () => docs.filter((d) => d._type === 'exemplar' && live(d) && slugOf(d));
/** Public honours (isPublic unset counts as public) with at least one published recipient. */
const publicHonours = () => {
  const ids = new Set(exemplars().map((e) => e._id));
  return docs.filter(
    (d) => d._type === 'honour' && live(d) && d.isPublic !== false && (d.recipients as unknown[]).some((r) => ids.has(ref(r)!)),
  );
};
/** Contests whose results are out (the sample build runs on the real clock). */
const contestsWithResults = () => docs.filter((d) => d._type === 'contest' && live(d) && slugOf(d) && Date.parse(String(d.resultsAt)) <= Date.now());
/** Valid entries of those contests (issue 11: their own documents). */
const contestResultEntries = () => {
  const contests = new Set(contestsWithResults().map((c) => c._id));
  return docs.filter((d) => d._type === 'contestEntry' && live(d) && contests.has(ref(d.contest)!) && ['hop-le', 'chung-khao', 'dat-giai'].includes(String(d.status)));
};
/** Entries that won a prize marked as an honour, with that prize: they join the honours register. */
const honourAwards = () =>
  contestResultEntries().flatMap((entry) => {
    const prize = ((byId(ref(entry.contest))!.prizes ?? []) as Doc[]).find((p) => p._key === entry.placing && p.isHonour === true);
    return entry.status === 'dat-giai' && prize ? [{ entry, prize }] : [];
  });
const hiddenHonours = () => docs.filter((d) => d._type === 'honour' && d.isPublic === false);

/** What each facet listing must show, from the raw data: `${param}/${value}` → exemplar slugs. */
function expectedListings(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (param: string, value: unknown, slug: string) => {
    if (typeof value !== 'string' || !value) return;
    const key = `${param}/${value}`;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(slug);
  };
  const honours = publicHonours();
  for (const e of exemplars()) {
    const slug = slugOf(e)!;
    add('tinh', slugOf(byId(ref(e.province))!), slug);
    add('cap-hoc', e.educationLevel, slug);
    add('loai', e.kind, slug);
    add('vai-tro', e.role, slug);
    for (const h of honours) if ((h.recipients as unknown[]).some((r) => ref(r) === e._id)) add('khen-thuong', h.level, slug);
    // The lifecycle stage only where the editors made it public.
    const lifecycle = e.lifecycle as { stage?: string; showPublicly?: boolean } | undefined;
    if (lifecycle?.showPublicly === true) add('giai-doan', lifecycle.stage, slug);
  }
  return out;
}

/** `<li data-exemplar=…>` items of a listing: slug → its data attributes. */
function listedExemplars(html: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const m of html.matchAll(/<li data-exemplar="([^"]+)"([^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/data-([a-z-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    expect(out.has(m[1]!), `listed twice: ${m[1]}`).toBe(false);
    out.set(m[1]!, attrs);
  }
  return out;
}

/** The JavaScript a page runs: inline scripts plus the module files it loads. */
function scriptsOf(html: string): string {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .map((m) => {
      const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
      return src?.startsWith('/') ? readFile(src.slice(1)).toString('utf8') : m[2]!;
    })
    .join('\n');
}

beforeAll(async () => {
  docs = readNdjson(sampleDatasetDir);
  excluded = (await prepareContent({ env: { CONTENT_DATASET: sampleDatasetDir }, argv: [], failOnStrict: false })).excludedIds;
  build = await sampleBuild();
});

describe('exemplar directory', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('lists every published exemplar once, with its facet values as data attributes', () => {
    const listed = listedExemplars(read('/guong-dien-hinh/'));
    const all = exemplars();
    expect(all.length).toBeGreaterThan(10);
    expect([...listed.keys()].sort()).toEqual(all.map((e) => slugOf(e)!).sort());
    const html = decodeEntities(read('/guong-dien-hinh/'));
    for (const e of all) {
      const attrs = listed.get(slugOf(e)!)!;
      expect(attrs.tinh, e._id).toBe(slugOf(byId(ref(e.province))!));
      expect(attrs['cap-hoc'], e._id).toBe(e.educationLevel);
      expect(attrs.loai, e._id).toBe(e.kind);
      expect(attrs['vai-tro'], e._id).toBe(e.role);
      expect(html).toContain(`href="/guong-dien-hinh/${slugOf(e)}/"`);
      expect(html).toContain(e.name as string);
    }
  });

  it('sorts the directory by Vietnamese collation of names', () => {
    const order = [...listedExemplars(read('/guong-dien-hinh/')).keys()];
    const names = new Map(exemplars().map((e) => [slugOf(e)!, e.name as string]));
    const expected = [...order].sort((a, b) => new Intl.Collator('vi').compare(names.get(a)!, names.get(b)!));
    expect(order).toEqual(expected);
  });

  it('pre-builds exactly one listing per facet value that has exemplars, showing exactly the matching exemplars', () => {
    const expected = expectedListings();
    const built = listFiles(join(build.outDir, 'guong-dien-hinh'))
      .map((f) => f.slice(join(build.outDir, 'guong-dien-hinh').length + 1))
      .filter((f) => /^(tinh|cap-hoc|loai|vai-tro|khen-thuong|giai-doan)\/[^/]+\/index\.html$/.test(f))
      .map((f) => f.replace(/\/index\.html$/, ''));
    expect(built.sort()).toEqual([...expected.keys()].sort());
    // Every exemplar is in exactly the listings matching its data (and so in none of the others).
    for (const [key, slugs] of expected) {
      const html = read(`/guong-dien-hinh/${key}/`);
      expect([...listedExemplars(html).keys()].sort(), key).toEqual([...slugs].sort());
      expect(html, key).toContain(`data-listing-count="${slugs.size}"`);
    }
    // The honour facet really distinguishes: an exemplar without public honours is in no khen-thuong listing.
    const honoured = new Set([...expected].filter(([k]) => k.startsWith('khen-thuong/')).flatMap(([, s]) => [...s]));
    expect(honoured.size).toBeGreaterThan(0);
    expect(honoured.size).toBeLessThan(exemplars().length);
    // So does the stage facet: exemplars whose stage is private are in no giai-doan listing.
    const staged = new Set([...expected].filter(([k]) => k.startsWith('giai-doan/')).flatMap(([, s]) => [...s]));
    expect(staged.size).toBeGreaterThan(0);
    expect(staged.size).toBeLessThan(exemplars().length);
  });

  it('shows the right count for every facet value, with links between the listings', () => {
    const expected = expectedListings();
    for (const route of ['/guong-dien-hinh/', `/guong-dien-hinh/${[...expected.keys()][0]}/`]) {
      const html = read(route);
      const links = [...html.matchAll(/<a href="\/guong-dien-hinh\/([a-z-]+)\/([^/"]+)\/"[^>]*data-facet="([a-z-]+)" data-value="([^"]+)" data-count="(\d+)"/g)];
      const seen = new Map(links.map((m) => [`${m[1]}/${m[2]}`, Number(m[5])]));
      expect(seen.size, route).toBe(expected.size);
      for (const [key, slugs] of expected) expect(seen.get(key), `${route} ${key}`).toBe(slugs.size);
    }
    // The current listing is marked.
    const [first] = expected.keys();
    expect(read(`/guong-dien-hinh/${first}/`)).toMatch(new RegExp(`href="/guong-dien-hinh/${first}/" aria-current="page"`));
  });

  it('offers the JavaScript filter (in a template until enhanced) with one select per facet and a live count', () => {
    const html = read('/guong-dien-hinh/');
    expect(html).toMatch(/<exemplar-directory[^>]*>/);
    expect(html).toMatch(/<template data-directory-form>\s*<form[^>]*data-directory-form/);
    for (const param of ['tinh', 'cap-hoc', 'loai', 'vai-tro', 'khen-thuong', 'giai-doan']) expect(html).toContain(`name="${param}"`);
    expect(html).toMatch(/role="status" aria-live="polite" data-directory-count/);
    expect(scriptsOf(html)).toMatch(/customElements\.define\(["'`]exemplar-directory["'`]/);
    // Only the directory page carries the element's code.
    expect(scriptsOf(read('/guong-dien-hinh/tinh/lai-chau/'))).not.toContain('exemplar-directory');
  });
});

describe('exemplar profile', () => {
  it('shows public honours with decision number, date and issuer, never a non-public one', () => {
    const honours = publicHonours();
    // Both loops below have something to check: shown honours and non-public ones that must not leak.
    expect(hiddenHonours().length).toBeGreaterThan(0);
    let shown = 0;
    for (const e of exemplars()) {
      const html = decodeEntities(read(`/guong-dien-hinh/${slugOf(e)}/`));
      const mine = honours.filter((h) => (h.recipients as unknown[]).some((r) => ref(r) === e._id));
      shown += mine.length;
      for (const h of mine) {
        expect(html, `${e._id} ${h._id}`).toContain(`data-honour="${h._id}"`);
        expect(html).toContain(h.decisionNumber as string);
        expect(html).toContain(h.issuer as string);
        expect(html).toContain(`datetime="${h.decisionDate}"`);
      }
      for (const h of hiddenHonours()) expect(html, `${e._id} leaks ${h._id}`).not.toContain(h.decisionNumber as string);
    }
    expect(shown).toBeGreaterThan(5);
  });

  it('shows the lifecycle only when the editors made it public', () => {
    let hidden = 0;
    for (const e of exemplars()) {
      const lifecycle = e.lifecycle as { showPublicly?: boolean; history?: { note?: string }[] } | undefined;
      const html = decodeEntities(read(`/guong-dien-hinh/${slugOf(e)}/`));
      if (lifecycle?.showPublicly) {
        expect(html, e._id).toContain('Giai đoạn');
      } else {
        hidden++;
        expect(html, e._id).not.toContain('Giai đoạn');
        expect(html, e._id).not.toContain('id="hanh-trinh"');
        // History notes must not leak — unless the same words are public anyway (an honour title, an achievement).
        const publicText = [
          ...publicHonours().filter((h) => (h.recipients as unknown[]).some((r) => ref(r) === e._id)).map((h) => h.title as string),
          ...((e.achievements as { description?: string }[] | undefined) ?? []).map((a) => a.description ?? ''),
        ].join('\n');
        for (const h of lifecycle?.history ?? []) if (h.note && !publicText.includes(h.note)) expect(html, e._id).not.toContain(h.note);
      }
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('lists the stories and events featuring the exemplar', () => {
    const events = docs.filter((d) => d._type === 'event' && live(d) && slugOf(d));
    let checked = 0;
    for (const ev of events) {
      for (const id of (ev.exemplars as unknown[] | undefined ?? []).map(ref)) {
        const e = exemplars().find((x) => x._id === id);
        if (!e) continue;
        expect(decodeEntities(read(`/guong-dien-hinh/${slugOf(e)}/`)), `${e._id} ← ${ev._id}`).toContain(ev.title as string);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    const stories = docs.filter((d) => d._type === 'story' && live(d) && slugOf(d));
    const featured = stories.find((s) => (s.exemplars as unknown[] | undefined)?.length);
    expect(featured).toBeDefined();
    const e = exemplars().find((x) => x._id === ref((featured!.exemplars as unknown[])[0]))!;
    expect(read(`/guong-dien-hinh/${slugOf(e)}/`)).toContain(`href="/bai-viet/${slugOf(featured!)}/"`);
  });
});

describe('honours register (bảng vàng)', () => {
  it('lists exactly the public honours and the contest prizes awarded as honours, newest decision first, each with its decision and linked recipients', () => {
    const html = decodeEntities(read('/bang-vang/'));
    const rows = [...html.matchAll(/<tr data-honour="([^"]+)"/g)].map((m) => m[1]!);
    const expected = publicHonours();
    const awards = honourAwards();
    expect(expected.length).toBeGreaterThan(5);
    expect(awards.length).toBeGreaterThan(0);
    expect([...rows].sort()).toEqual([...expected, ...awards.map((a) => a.entry)].map((h) => h._id).sort());
    const awardDate = new Map(awards.map((a) => [a.entry._id, a.prize.decisionDate as string]));
    const dates = rows.map((id) => awardDate.get(id) ?? (byId(id)!.decisionDate as string));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const h of expected) {
      const row = html.slice(html.indexOf(`<tr data-honour="${h._id}"`)).split('</tr>')[0]!;
      expect(row).toContain(h.decisionNumber as string);
      expect(row).toContain(h.issuer as string);
      expect(row).toContain(`datetime="${h.decisionDate}"`);
      for (const r of h.recipients as unknown[]) {
        const e = exemplars().find((x) => x._id === ref(r));
        if (e) expect(row).toContain(`href="/guong-dien-hinh/${slugOf(e)}/"`);
      }
    }
    for (const { entry, prize } of awards) {
      const row = html.slice(html.indexOf(`<tr data-honour="${entry._id}"`)).split('</tr>')[0]!;
      expect(row).toContain(prize.decisionNumber as string);
      expect(row).toContain(prize.issuer as string);
      expect(row).toContain(entry.title as string);
      expect(row).toContain(String((entry.entrant as { name?: string }).name ?? 'Tác giả đề nghị không công bố tên'));
      expect(row).toContain(`href="/cuoc-thi/${slugOf(byId(ref(entry.contest))!)}/"`);
    }
    expect(hiddenHonours().length).toBeGreaterThan(0);
    for (const h of hiddenHonours()) expect(html).not.toContain(h.decisionNumber as string);
  });

  it('has sortable headers and filters for the custom element', () => {
    const html = read('/bang-vang/');
    for (const key of ['ngay', 'ten', 'nguoi-nhan']) expect(html).toContain(`data-sort="${key}"`);
    expect(html).toMatch(/data-sort="ngay" aria-sort="descending"/);
    for (const name of ['cap', 'loai', 'nam', 'tinh']) expect(html).toContain(`name="${name}"`);
    expect(scriptsOf(html)).toMatch(/customElements\.define\(["'`]honours-register["'`]/);
  });
});

describe('open data', () => {
  const datasets: [OpenDataset, () => Doc[]][] = [
    [EXEMPLAR_DATASET, exemplars],
    [HONOUR_DATASET, publicHonours],
    [CONTEST_RESULTS_DATASET, contestResultEntries],
  ];

  /** A JSON value as it is written in the CSV, by the documented type. */
  const asCsv = (value: unknown): string => (value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value));

  function load(dataset: OpenDataset) {
    const csvBytes = readFile(`du-lieu-mo/${dataset.id}.csv`);
    const json = JSON.parse(readFile(`du-lieu-mo/${dataset.id}.json`).toString('utf8')) as {
      schemaVersion: string;
      generatedAt: string;
      fields: { name: string; type: string; nullable: boolean }[];
      records: Record<string, unknown>[];
    };
    return { csvBytes, json };
  }

  it.each(datasets)('$id: CSV starts with the UTF-8 BOM and parses to the same records as the JSON', (dataset) => {
    const { csvBytes, json } = load(dataset);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csvBytes.toString('utf8').replace(/^\uFEFF/, '');
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(dataset.fields.map((f) => f.name));
    expect(parsed.data.length).toBe(json.records.length);
    parsed.data.forEach((row, i) => {
      const record = json.records[i]!;
      expect(row, `row ${i}`).toEqual(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, asCsv(v)])));
    });
  });

  it.each(datasets)('$id: holds exactly the public records, Vietnamese text intact and NFC', (dataset, expected) => {
    const { json } = load(dataset);
    const want = expected();
    expect(json.records.map((r) => r.id).sort()).toEqual(want.map((d) => d._id).sort());
    for (const record of json.records) {
      const doc = byId(record.id as string)!;
      const name = (doc.name ?? doc.title) as string;
      expect(record[dataset.id === 'guong-dien-hinh' ? 'name' : 'title']).toBe(name.normalize('NFC'));
      for (const value of Object.values(record).flat()) {
        if (typeof value === 'string') expect(value, `${record.id}`).toBe(value.normalize('NFC'));
      }
    }
    // Read the raw bytes: a known Vietnamese name is stored as UTF-8 NFC (not mojibake, not decomposed).
    const sample = want[0]!;
    const name = ((sample.name ?? sample.title) as string).normalize('NFC');
    expect(readFile(`du-lieu-mo/${dataset.id}.csv`).includes(Buffer.from(name, 'utf8'))).toBe(true);
  });

  it('leaves out non-public honours, drafts and lifecycle data the editors did not publish', () => {
    const files = ['guong-dien-hinh.csv', 'guong-dien-hinh.json', 'khen-thuong.csv', 'khen-thuong.json', 'ket-qua-cuoc-thi.csv', 'ket-qua-cuoc-thi.json'].map((f) => readFile(`du-lieu-mo/${f}`).toString('utf8'));
    const hidden = hiddenHonours();
    expect(hidden.length).toBeGreaterThan(0);
    for (const text of files) {
      for (const h of hidden) {
        expect(text).not.toContain(h._id);
        expect(text).not.toContain(h.decisionNumber as string);
      }
      for (const d of docs.filter(isDraft)) expect(text).not.toContain(d._id);
    }
    const { json } = load(EXEMPLAR_DATASET);
    let hiddenStages = 0;
    for (const record of json.records) {
      const lifecycle = byId(record.id as string)!.lifecycle as { stage?: string; showPublicly?: boolean } | undefined;
      if (lifecycle?.showPublicly) expect(record.lifecycle_stage, record.id as string).toBe(lifecycle.stage);
      else {
        hiddenStages++;
        expect(record.lifecycle_stage, record.id as string).toBeNull();
        expect(record.lifecycle_stage_label, record.id as string).toBeNull();
      }
    }
    expect(hiddenStages).toBeGreaterThan(0);
  });

  it.each(datasets)('$id: JSON validates against the documented fields', (dataset) => {
    const { json } = load(dataset);
    expect(json.schemaVersion).toMatch(/^\d+\.\d+$/);
    expect(json.fields.map((f) => f.name)).toEqual(dataset.fields.map((f) => f.name));
    const doc = decodeEntities(read('/du-lieu-mo/'));
    for (const field of dataset.fields) {
      expect(doc, field.name).toContain(`data-field="${field.name}"`);
      expect(doc).toContain(field.description);
    }
    for (const record of json.records) {
      expect(Object.keys(record)).toEqual(dataset.fields.map((f) => f.name));
      for (const field of dataset.fields) {
        const value = record[field.name];
        const where = `${record.id}.${field.name}`;
        if (value === null) {
          expect(field.nullable, where).toBe(true);
          continue;
        }
        switch (field.type) {
          case 'string':
            expect(typeof value, where).toBe('string');
            expect((value as string).length, where).toBeGreaterThan(0);
            break;
          case 'integer':
            expect(Number.isInteger(value), where).toBe(true);
            break;
          case 'date':
            expect(value, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            break;
          case 'url':
            expect(() => new URL(value as string), where).not.toThrow();
            expect(value as string, where).toMatch(/^https?:\/\//);
            break;
          case 'string[]':
            expect(Array.isArray(value) && value.every((v) => typeof v === 'string'), where).toBe(true);
            break;
        }
      }
    }
  });

  it('dates the files from the content, not the clock', () => {
    const latest = publicHonours().map((h) => h.decisionDate as string).sort().at(-1)!;
    for (const dataset of [EXEMPLAR_DATASET, HONOUR_DATASET]) {
      // The sample export has no _updatedAt, so the latest decision date stands in.
      expect(load(dataset).json.generatedAt).toBe(`${latest}T00:00:00.000Z`);
    }
  });

  it('documents the datasets with download links', () => {
    const html = read('/du-lieu-mo/');
    for (const file of ['guong-dien-hinh.csv', 'guong-dien-hinh.json', 'khen-thuong.csv', 'khen-thuong.json', 'ket-qua-cuoc-thi.csv', 'ket-qua-cuoc-thi.json']) {
      expect(html).toContain(`href="/du-lieu-mo/${file}"`);
      expect(exists(join(build.outDir, 'du-lieu-mo', file))).toBe(true);
    }
    expect(html).toMatch(/Giấy phép/);
  });
});
