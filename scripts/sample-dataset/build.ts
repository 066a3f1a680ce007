// Builds the bundled sample dataset in Sanity's export layout:
//   site/dataset/data.ndjson   one document per line (no sanity.*Asset documents)
//   site/dataset/assets.json   { "image-<sha1>": { originalFilename, … }, "file-<sha1>": … }
//   site/dataset/images/<sha1>-<w>x<h>.jpg
//   site/dataset/files/<sha1>.<ext>
// Image/file fields carry `_sanityAsset: "image@file://./images/…"` exactly as `sanity dataset export`
// writes them, so `sanity dataset import site/dataset <dataset>` uploads them unchanged.
//
// The content (stories, exemplar profiles, people, …) is Markdown and YAML under ./content, read by
// ./load-content.ts; this file turns it into documents and checks the references between them.
//
// Run: pnpm sample-dataset (or pnpm exec node scripts/sample-dataset/build.ts [--out <dir>])
// Deterministic: same sources → byte-identical output.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { SITE_SETTINGS_ID } from '../../schemas/singletons.ts';
import { normalizeText } from '../../schemas/text/normalize.ts';
import { writeNdjsonFile } from '../../schemas/util/ndjson.ts';
import { applyContestEntryMigration, planContestEntryMigration } from '../migrate/contest-entries-plan.ts';
import { generateAudio, generateImage, type GeneratedAsset } from './images.ts';
import { DatasetBuildError, SLUG_RE, loadContent } from './load-content.ts';
import { countWords, markupToPortableText, portableTextToPlain, type MarkupContext, type PtBlock } from './markup.ts';
import type { Credit, PtSource } from './content/types.ts';

export { DatasetBuildError };

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
export const DEFAULT_OUT = join(ROOT, 'site/dataset');

type Doc = Record<string, unknown> & { _id: string; _type: string };

function toUtc(iso: string, where: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) {
    throw new DatasetBuildError(`${where}: "${iso}" is not an ISO datetime with offset`);
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new DatasetBuildError(`${where}: invalid datetime "${iso}"`);
  return d.toISOString().replace('.000Z', 'Z');
}

const ref = (id: string): Record<string, unknown> => ({ _type: 'reference', _ref: id });
const slugField = (current: string): Record<string, unknown> => ({ _type: 'slug', current });

/** Adds deterministic `_key`s to every object in every array that lacks one. */
function addKeys(value: unknown, docId: string, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const p = `${path}[${i}]`;
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const obj = item as Record<string, unknown>;
        if (typeof obj._key !== 'string')
          obj._key = createHash('sha1').update(`${docId}|${p}`).digest('hex').slice(0, 12);
      }
      addKeys(item, docId, p);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) addKeys(v, docId, path ? `${path}.${k}` : k);
  }
}

function normalizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalizeDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = normalizeDeep(v);
    return out;
  }
  return value;
}

function collectRefs(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o._ref === 'string') out.push(o._ref);
    for (const v of Object.values(o)) collectRefs(v, out);
  }
}

/**
 * Crop and hotspot as an editor sets them in the Studio, on about a third of covers and portraits,
 * so the site's crop handling runs on the sample. Derived from the document id: deterministic.
 */
function editorFraming(id: string): Record<string, unknown> {
  const digest = createHash('sha1').update(id).digest();
  if (digest[0]! % 3 !== 0) return {};
  const fraction = (byte: number) => Math.round((byte / 255) * 0.12 * 1000) / 1000;
  return {
    crop: {
      _type: 'sanity.imageCrop',
      top: fraction(digest[1]!),
      bottom: fraction(digest[2]!),
      left: fraction(digest[3]!),
      right: fraction(digest[4]!),
    },
    hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.4, width: 0.6, height: 0.6 },
  };
}

export interface BuildResult {
  docs: Doc[];
  assets: GeneratedAsset[];
  outDir: string;
  warnings: string[];
}

export async function buildDataset(outDir: string = DEFAULT_OUT): Promise<BuildResult> {
  const warnings: string[] = [];
  const content = loadContent();
  const {
    columns,
    contests,
    drafts,
    events,
    exemplars,
    honours,
    organisations,
    persons,
    publications,
    siteSettings,
    themes,
  } = content;
  // ---------- assets ----------
  const imageAssets = new Map<string, GeneratedAsset>();
  const imageKeys = [...content.imageKeys.landscape, ...content.imageKeys.portrait];
  for (let i = 0; i < imageKeys.length; i++) {
    const key = imageKeys[i]!;
    const portrait = content.imageKeys.portrait.includes(key);
    imageAssets.set(key, await generateImage(key, i, portrait));
  }
  const audio = generateAudio();
  const usedAssets = new Set<string>();

  const image = (
    key: string,
    fields: { alt: string; caption?: string; credit?: string },
    where: string,
  ): Record<string, unknown> => {
    const a = imageAssets.get(key);
    if (!a) throw new DatasetBuildError(`${where}: unknown image key "${key}" (see content/images.yaml)`);
    if (!fields.alt || !fields.alt.trim()) throw new DatasetBuildError(`${where}: image "${key}" needs alt text`);
    usedAssets.add(key);
    const img: Record<string, unknown> = {
      _sanityAsset: `image@file://./images/${a.fileName}`,
      _type: 'accessibleImage',
      alt: fields.alt,
    };
    if (fields.caption) img.caption = fields.caption;
    if (fields.credit) img.credit = fields.credit;
    return img;
  };
  const audioFile = (): Record<string, unknown> => {
    usedAssets.add(audio.key);
    return { _sanityAsset: `file@file://./files/${audio.fileName}`, _type: 'file' };
  };

  // ---------- ids known up-front (for link checks) ----------
  const allStories = content.stories;
  const knownIds = new Set<string>();
  const provinceList = content.provinces;
  for (const p of provinceList) knownIds.add(`province.${p.slug}`);
  for (const o of organisations) knownIds.add(`organisation.${o.slug}`);
  for (const p of persons) knownIds.add(`person.${p.slug}`);
  for (const e of exemplars) knownIds.add(`exemplar.${e.slug}`);
  for (const c of columns) knownIds.add(`column.${c.slug}`);
  for (const t of themes) knownIds.add(`theme.${t.slug}`);
  for (const s of allStories) knownIds.add(`story.${s.slug}`);
  for (const p of publications) knownIds.add(`publication.${p.slug}`);
  for (const c of contests) knownIds.add(`contest.${c.slug}`);
  for (const e of events) knownIds.add(`event.${e.slug}`);

  const need = (id: string, where: string): Record<string, unknown> => {
    if (!knownIds.has(id)) throw new DatasetBuildError(`${where}: unknown reference "${id}"`);
    return ref(id);
  };

  const ctxFor = (where: string): MarkupContext => ({
    image: (key, fields) => image(key, fields, where),
    hasDocument: (id) => knownIds.has(id),
    audioFile,
  });
  const pt = (src: PtSource, where: string): PtBlock[] => {
    try {
      return markupToPortableText(src, ctxFor(where));
    } catch (e) {
      if (e instanceof DatasetBuildError) throw e;
      throw new DatasetBuildError(`${where}: ${(e as Error).message}`);
    }
  };
  const credits = (list: Credit[], id: string): Array<Record<string, unknown>> =>
    list.map((c) => ({ _type: 'credit', person: need(`person.${c.person}`, id), role: c.role }));
  const simplePt = (src: string, where: string): PtBlock[] => {
    const blocks = pt(src, where);
    for (const b of blocks) {
      if (b._type !== 'block' || b.style !== 'normal') {
        throw new DatasetBuildError(`${where}: simple text allows only paragraphs and lists`);
      }
    }
    return blocks;
  };

  const docs: Doc[] = [];

  // ---------- provinces ----------
  for (const p of provinceList) {
    docs.push({
      _id: `province.${p.slug}`,
      _type: 'province',
      name: p.name,
      slug: slugField(p.slug),
      kind: p.kind,
      order: p.order,
    });
  }

  // ---------- organisations ----------
  for (const o of organisations) {
    const id = `organisation.${o.slug}`;
    docs.push({
      _id: id,
      _type: 'organisation',
      name: o.name,
      slug: slugField(o.slug),
      kind: o.kind,
      educationLevel: o.educationLevel,
      province: need(`province.${o.province}`, id),
      description: o.description,
    });
  }

  // ---------- persons ----------
  for (const p of persons) {
    const id = `person.${p.slug}`;
    docs.push({
      _id: id,
      _type: 'person',
      name: p.name,
      slug: slugField(p.slug),
      jobTitle: p.jobTitle,
      organisation: need(`organisation.${p.organisation}`, id),
      bio: p.bio,
      portrait: image(p.portrait, { alt: p.portraitAlt }, id),
    });
  }

  // ---------- themes and columns ----------
  columns.forEach((c, i) => {
    const id = `column.${c.slug}`;
    docs.push({
      _id: id,
      _type: 'column',
      title: c.title,
      slug: slugField(c.slug),
      kind: c.kind,
      description: c.description,
      cover: image(c.cover, { alt: c.coverAlt }, id),
      order: i + 1,
    });
  });
  for (const t of themes) {
    const id = `theme.${t.slug}`;
    const doc: Doc = {
      _id: id,
      _type: 'theme',
      title: t.title,
      slug: slugField(t.slug),
      kind: t.kind,
      description: t.description,
      cover: image(t.cover, { alt: t.coverAlt }, id),
      period: t.period,
      selection: t.selection,
    };
    if (t.selection === 'curated') {
      const list = t.stories;
      if (!list || list.length === 0)
        throw new DatasetBuildError(`${id}: curated theme needs \`stories\` in content/themes.yaml`);
      doc.stories = list.map((s) => need(`story.${s}`, id));
    } else if (t.stories) {
      throw new DatasetBuildError(`${id}: only a curated theme lists \`stories\``);
    }
    docs.push(doc);
  }

  // ---------- exemplars ----------
  for (const e of exemplars) {
    const id = `exemplar.${e.slug}`;
    const doc: Doc = {
      _id: id,
      _type: 'exemplar',
      kind: e.kind,
      name: e.name,
      slug: slugField(e.slug),
      role: e.role,
      educationLevel: e.educationLevel,
      organisation: e.organisation ? need(`organisation.${e.organisation}`, id) : undefined,
      province: need(`province.${e.province}`, id),
      portrait: { ...image(e.portrait, { alt: e.portraitAlt }, id), ...editorFraming(id) },
      summary: e.summary,
      bio: simplePt(e.bio, `${id} bio`),
      achievements: e.achievements.map(({ year, description }) => ({ _type: 'achievement', year, description })),
      lifecycle: {
        stage: e.lifecycle.stage,
        showPublicly: e.lifecycle.showPublicly,
        history: e.lifecycle.history.map(({ stage, date, note }) => ({ _type: 'lifecycleEvent', stage, date, note })),
      },
      movements: e.movements.map((m) => need(`theme.${m}`, id)),
    };
    docs.push(doc);
  }

  // ---------- stories ----------
  const seenSlugs = new Set<string>();
  for (const s of allStories) {
    const id = `story.${s.slug}`;
    if (!SLUG_RE.test(s.slug)) throw new DatasetBuildError(`${id}: slug must be ASCII kebab-case`);
    if (seenSlugs.has(s.slug)) throw new DatasetBuildError(`${id}: duplicate story slug`);
    seenSlugs.add(s.slug);
    if (!s.credits.length) throw new DatasetBuildError(`${id}: needs at least one credit`);
    const body = pt(s.body, id);
    const words = countWords(portableTextToPlain(body));
    if (words < 350 || words > 900) warnings.push(`${id}: ${words} words (expected 350–900)`);
    const publishedAt = toUtc(s.publishedAt, `${id} publishedAt`);
    const doc: Doc = {
      _id: id,
      _type: 'story',
      title: s.title,
      slug: slugField(s.slug),
      dek: s.dek,
      format: s.format,
      cover: {
        ...image(s.cover, { alt: s.coverAlt, caption: s.coverCaption, credit: s.coverCredit }, id),
        ...editorFraming(id),
      },
      body,
      sources: s.sources?.map((src) => ({ _type: 'source', ...src })),
      credits: credits(s.credits, id),
      column: need(`column.${s.column}`, id),
      themes: s.themes.map((t) => need(`theme.${t}`, id)),
      exemplars: s.exemplars.map((e) => need(`exemplar.${e}`, id)),
      publishedAt,
    };
    if (s.updatedAt) {
      doc.updatedAt = toUtc(s.updatedAt, `${id} updatedAt`);
      if (String(doc.updatedAt) < publishedAt) throw new DatasetBuildError(`${id}: updatedAt before publishedAt`);
    }
    if (s.republishedFrom) doc.republishedFrom = s.republishedFrom;
    if (s.seo) doc.seo = { _type: 'seo', ...s.seo };
    if (s.featured) doc.featured = true;
    docs.push(doc);
  }

  // ---------- honours ----------
  for (const h of honours) {
    const id = `honour.${h.slug}`;
    docs.push({
      _id: id,
      _type: 'honour',
      title: h.title,
      category: h.category,
      level: h.level,
      decisionNumber: h.decisionNumber,
      decisionDate: h.decisionDate,
      issuer: h.issuer,
      year: h.year,
      recipients: h.recipients.map((r) => need(`exemplar.${r}`, id)),
      isPublic: h.isPublic ?? true,
    });
  }

  // ---------- contests ----------
  // Entries are authored in the old array form and become contestEntry documents through the
  // migration's own plan (below, after keys are added), so the sample is what the migration makes.
  for (const c of contests) {
    const id = `contest.${c.slug}`;
    const opensAt = toUtc(c.opensAt, `${id} opensAt`);
    const closesAt = toUtc(c.closesAt, `${id} closesAt`);
    const resultsAt = toUtc(c.resultsAt, `${id} resultsAt`);
    if (!(opensAt < closesAt && closesAt < resultsAt)) throw new DatasetBuildError(`${id}: dates out of order`);
    const prizeKeys = new Set<string>();
    for (const p of c.prizes) {
      if (prizeKeys.has(p.key)) throw new DatasetBuildError(`${id}: prize key "${p.key}" is used twice`);
      prizeKeys.add(p.key);
    }
    docs.push({
      _id: id,
      _type: 'contest',
      title: c.title,
      slug: slugField(c.slug),
      summary: c.summary,
      cover: image(c.cover, { alt: c.coverAlt }, id),
      rules: pt(c.rules, `${id} rules`),
      opensAt,
      closesAt,
      resultsAt,
      acceptsOnlineEntries: c.acceptsOnlineEntries ?? true,
      limits: c.limits,
      rubric: c.rubric?.map(({ key, ...r }) => ({ _type: 'rubricCriterion', _key: key, ...r })),
      prizes: c.prizes.map(({ key, honour, ...p }) => ({
        _type: 'prize',
        _key: key,
        ...p,
        ...(honour
          ? { isHonour: true, honourLevel: honour.level, decisionNumber: honour.decisionNumber, decisionDate: honour.decisionDate, issuer: honour.issuer }
          : {}),
      })),
      entries: c.entries.map((e) => ({
        _type: 'contestEntry',
        title: e.title,
        author: e.author,
        organisation: e.organisation,
        province: need(`province.${e.province}`, id),
        story: e.story ? need(`story.${e.story}`, id) : undefined,
        placing: e.placing,
        excerpt: e.excerpt,
      })),
    });
  }

  // ---------- events ----------
  for (const e of events) {
    const id = `event.${e.slug}`;
    const startsAt = toUtc(e.startsAt, `${id} startsAt`);
    const endsAt = toUtc(e.endsAt, `${id} endsAt`);
    if (!(startsAt < endsAt)) throw new DatasetBuildError(`${id}: endsAt must follow startsAt`);
    docs.push({
      _id: id,
      _type: 'event',
      title: e.title,
      slug: slugField(e.slug),
      kind: e.kind,
      startsAt,
      endsAt,
      venue: { name: e.venue.name, address: e.venue.address, province: need(`province.${e.venue.province}`, id) },
      summary: e.summary,
      description: pt(e.description, `${id} description`),
      exemplars: e.exemplars.map((x) => need(`exemplar.${x}`, id)),
      recording: e.recording ? { _type: 'videoEmbed', ...e.recording } : undefined,
      gallery: e.gallery.map((g) => image(g.image, { alt: g.alt }, id)),
      cover: image(e.cover, { alt: e.coverAlt }, id),
    });
  }

  // ---------- publications ----------
  for (const p of publications) {
    const id = `publication.${p.slug}`;
    docs.push({
      _id: id,
      _type: 'publication',
      title: p.title,
      slug: slugField(p.slug),
      edition: p.edition,
      year: p.year,
      cover: image(p.cover, { alt: p.coverAlt }, id),
      foreword: simplePt(p.foreword, `${id} foreword`),
      chapters: p.chapters.map((c) =>
        'story' in c
          ? { _type: 'storyChapter', story: need(`story.${c.story}`, id), title: c.title }
          : { _type: 'sectionChapter', title: c.title, body: pt(c.body, `${id} chapter "${c.title}"`) },
      ),
      credits: credits(p.credits, id),
      publishedAt: toUtc(p.publishedAt, `${id} publishedAt`),
      pageSize: p.pageSize,
    });
  }

  // ---------- site settings ----------
  {
    const s = siteSettings;
    const id = SITE_SETTINGS_ID;
    docs.push({
      _id: id,
      _type: 'siteSettings',
      title: s.title,
      tagline: s.tagline,
      description: s.description,
      navigation: s.navigation.map((n) =>
        n.reference
          ? { _type: 'navItem', label: n.label, reference: need(n.reference, id) }
          : { _type: 'navItem', label: n.label, url: n.url },
      ),
      footerText: s.footerText,
      socialLinks: s.socialLinks.map((l) => ({ _type: 'socialLink', ...l })),
      contact: s.contact,
      featuredStory: need(`story.${s.featuredStory}`, id),
      spotlightExemplars: s.spotlightExemplars.map((e) => need(`exemplar.${e}`, id)),
    });
  }

  // ---------- drafts ----------
  for (const d of drafts) {
    if (d.of) {
      const base = docs.find((x) => x._id === `story.${d.of}`);
      if (!base) throw new DatasetBuildError(`drafts.story.${d.of}: no published story "${d.of}"`);
      const draft: Doc = { ...structuredClone(base), _id: `drafts.story.${d.of}` };
      if (d.patch?.title) draft.title = d.patch.title;
      if (d.patch?.dek) draft.dek = d.patch.dek;
      docs.push(draft);
      continue;
    }
    const src = d.story;
    if (!src) throw new DatasetBuildError('content/drafts.yaml: each draft needs `of` or `story`');
    const id = `drafts.story.${src.slug}`;
    docs.push({
      _id: id,
      _type: 'story',
      title: src.title,
      slug: slugField(src.slug),
      dek: src.dek,
      format: src.format,
      cover: image(src.cover, { alt: src.coverAlt, credit: src.coverCredit }, id),
      body: pt(src.body, id),
      credits: credits(src.credits, id),
      column: need(`column.${src.column}`, id),
      themes: src.themes.map((t) => need(`theme.${t}`, id)),
      exemplars: src.exemplars.map((e) => need(`exemplar.${e}`, id)),
      publishedAt: toUtc(src.publishedAt, `${id} publishedAt`),
    });
  }

  // ---------- normalise, key, migrate, check ----------
  const keyed: Doc[] = docs.map((d) => {
    const n = normalizeDeep(d) as Doc;
    addKeys(n, n._id, '');
    return n;
  });
  const migration = planContestEntryMigration(keyed);
  if (migration.notes.length > 0) throw new DatasetBuildError(`contest entries: ${migration.notes.join(' ')}`);
  const finalDocs = applyContestEntryMigration(keyed, migration) as Doc[];
  const ids = new Set<string>();
  for (const d of finalDocs) {
    if (!/^[a-z0-9_.-]+$/i.test(d._id)) throw new DatasetBuildError(`${d._id}: invalid id`);
    if (ids.has(d._id)) throw new DatasetBuildError(`${d._id}: duplicate id`);
    ids.add(d._id);
  }
  for (const d of finalDocs) {
    const refs: string[] = [];
    collectRefs(d, refs);
    for (const r of refs) if (!ids.has(r)) throw new DatasetBuildError(`${d._id}: reference to missing "${r}"`);
  }

  // ---------- write ----------
  mkdirSync(outDir, { recursive: true });
  for (const entry of ['data.ndjson', 'assets.json', 'images', 'files'])
    rmSync(join(outDir, entry), { recursive: true, force: true });
  for (const stray of readdirSync(outDir)) {
    if (stray.endsWith('.ndjson')) rmSync(join(outDir, stray));
  }
  mkdirSync(join(outDir, 'images'), { recursive: true });
  mkdirSync(join(outDir, 'files'), { recursive: true });
  const written: GeneratedAsset[] = [];
  const assetMap: Record<string, Record<string, unknown>> = {};
  const sortedKeys = [...usedAssets].sort();
  for (const key of sortedKeys) {
    const a = key === audio.key ? audio : imageAssets.get(key)!;
    writeFileSync(join(outDir, a.kind === 'image' ? 'images' : 'files', a.fileName), a.bytes);
    written.push(a);
    assetMap[`${a.kind}-${a.sha1}`] = {
      originalFilename: a.originalFilename,
      sha1hash: a.sha1,
      size: a.bytes.length,
      creditLine: 'Ảnh minh họa tạo bằng thuật toán, Gương sáng',
    };
  }
  const sortedAssetMap = Object.fromEntries(Object.entries(assetMap).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(join(outDir, 'assets.json'), `${JSON.stringify(sortedAssetMap, null, 2)}\n`);
  writeNdjsonFile(join(outDir, 'data.ndjson'), finalDocs);
  return { docs: finalDocs, assets: written, outDir, warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outArg = process.argv.indexOf('--out');
  const outDir = outArg > 0 ? resolve(process.argv[outArg + 1] ?? DEFAULT_OUT) : DEFAULT_OUT;
  try {
    const r = await buildDataset(outDir);
    for (const w of r.warnings) console.warn(`cảnh báo: ${w}`);
    const size = r.assets.reduce((n, a) => n + a.bytes.length, 0);
    console.log(
      `Đã ghi ${r.docs.length} tài liệu, ${r.assets.length} tệp (${(size / 1048576).toFixed(2)} MB) vào ${r.outDir}`,
    );
  } catch (e) {
    if (e instanceof DatasetBuildError) {
      console.error(`Lỗi dữ liệu mẫu: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
