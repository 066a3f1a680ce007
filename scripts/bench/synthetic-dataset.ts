// Deterministic synthetic dataset for benchmarks, in Sanity's export layout (the same format as the
// bundled sample): N stories with exemplars, columns, themes, honours and a pool of generated images.
// Text is Zipf-distributed over real Vietnamese syllables (see zipf-text.ts).
//
// Run: pnpm exec node scripts/bench/synthetic-dataset.ts --stories 1000 [--images 120] [--out dir]

import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_SETTINGS_ID } from '../../schemas/singletons.ts';
import { writeNdjsonFile } from '../../schemas/util/ndjson.ts';
import { provinces } from '../../schemas/vocabularies/provinces.ts';
import { generateImage, prng, type GeneratedAsset } from '../sample-dataset/images.ts';
import { createTextGenerator, type Random } from './zipf-text.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string };

const FORMATS = ['bai-viet', 'phong-su', 'ky-su', 'phong-su-anh', 'video', 'podcast', 'infographic', 'longform'];
const LEVELS = ['mam-non', 'tieu-hoc', 'thcs', 'thpt', 'gdnn', 'dai-hoc', 'gdtx'];
const INDIVIDUAL_ROLES = ['nha-giao', 'can-bo-quan-ly', 'can-bo-nghien-cuu', 'nhan-vien', 'hoc-sinh', 'sinh-vien'];
const COLLECTIVE_ROLES = ['truong-hoc', 'to-chuyen-mon', 'lop-hoc', 'doi-nhom', 'phong-ban'];
const HONOUR_LEVELS = ['co-so', 'bo-tinh', 'toan-quoc'];

export interface SyntheticOptions {
  stories: number;
  /** Distinct landscape images shared by covers and body images. */
  images: number;
  /** Distinct portraits for exemplars (default: a quarter of `images`, at least 8). */
  portraits?: number;
  outDir: string;
  seed?: number;
}

export interface SyntheticResult {
  outDir: string;
  documents: number;
  images: number;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const ref = (id: string) => ({ _type: 'reference', _ref: id });
const key = (...parts: (string | number)[]) => createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 12);
const pad = (n: number) => String(n).padStart(5, '0');

function span(text: string, marks: string[] = []) {
  return { _type: 'span', _key: key(text, marks.join()), text, marks };
}

function block(id: string, index: number, text: string, style = 'normal') {
  return { _type: 'block', _key: key(id, 'b', index), style, markDefs: [], children: [span(text)] };
}

export async function writeSyntheticDataset(options: SyntheticOptions): Promise<SyntheticResult> {
  const random = prng(options.seed ?? 20_231_104);
  const text = createTextGenerator(random);
  const outDir = resolve(options.outDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'images'), { recursive: true });
  mkdirSync(join(outDir, 'files'), { recursive: true });

  const assets: GeneratedAsset[] = [];
  const portraits: GeneratedAsset[] = [];
  for (let i = 0; i < options.images; i++) assets.push(await generateImage(`bench-${i}`, i, false));
  for (let i = 0; i < (options.portraits ?? Math.max(8, Math.round(options.images / 4))); i++) {
    portraits.push(await generateImage(`bench-portrait-${i}`, 18 + (i % 6), true));
  }
  for (const asset of [...assets, ...portraits]) writeFileSync(join(outDir, 'images', asset.fileName), asset.bytes);
  const image = (asset: GeneratedAsset, alt: string) => ({
    _type: 'accessibleImage',
    _sanityAsset: `image@file://./images/${asset.fileName}`,
    alt,
  });

  const docs: Doc[] = [];
  for (const province of provinces) {
    docs.push({ _id: province.id, _type: 'province', name: province.title, slug: { _type: 'slug', current: province.value }, kind: province.kind, order: province.order });
  }

  const columnCount = 12;
  const themeCount = 10;
  const personCount = 40;
  const exemplarCount = Math.max(30, Math.round(options.stories / 10));
  const organisationCount = Math.max(20, Math.round(exemplarCount / 5));

  for (let i = 0; i < columnCount; i++) {
    docs.push({ _id: `column.c${pad(i)}`, _type: 'column', title: text.title(), slug: { _type: 'slug', current: `chuyen-muc-${i}` }, kind: 'chuyen-muc', description: text.sentence(), order: i });
  }
  for (let i = 0; i < themeCount; i++) {
    docs.push({ _id: `theme.t${pad(i)}`, _type: 'theme', title: text.title(), slug: { _type: 'slug', current: `chu-de-${i}` }, kind: i < 3 ? 'phong-trao' : 'chu-de', description: text.sentence(), selection: 'tagged' });
  }
  for (let i = 0; i < personCount; i++) {
    docs.push({ _id: `person.p${pad(i)}`, _type: 'person', name: text.title(), slug: { _type: 'slug', current: `tac-gia-${i}` }, jobTitle: 'Phóng viên' });
  }
  for (let i = 0; i < organisationCount; i++) {
    docs.push({ _id: `organisation.o${pad(i)}`, _type: 'organisation', name: `Trường ${text.title()}`, slug: { _type: 'slug', current: `don-vi-${i}` }, kind: 'truong', educationLevel: pick(random, LEVELS), province: ref(pick(random, provinces).id) });
  }
  for (let i = 0; i < exemplarCount; i++) {
    const collective = random() < 0.25;
    const id = `exemplar.e${pad(i)}`;
    docs.push({
      _id: id,
      _type: 'exemplar',
      kind: collective ? 'tap-the' : 'ca-nhan',
      name: text.title(),
      slug: { _type: 'slug', current: `guong-${i}` },
      role: pick(random, collective ? COLLECTIVE_ROLES : INDIVIDUAL_ROLES),
      educationLevel: pick(random, LEVELS),
      organisation: ref(`organisation.o${pad(Math.floor(random() * organisationCount))}`),
      province: ref(pick(random, provinces).id),
      portrait: image(pick(random, portraits), text.words(6)),
      summary: text.sentence().slice(0, 280),
      achievements: [{ _type: 'achievement', _key: key(id, 'a'), year: 2020 + Math.floor(random() * 6), description: text.sentence().slice(0, 200) }],
      lifecycle: { _type: 'lifecycle', stage: 'dien-hinh-co-so', showPublicly: false },
    });
  }
  for (let i = 0; i < Math.round(exemplarCount / 2); i++) {
    const year = 2019 + Math.floor(random() * 7);
    docs.push({
      _id: `honour.h${pad(i)}`,
      _type: 'honour',
      title: 'Chiến sĩ thi đua cơ sở',
      category: 'danh-hieu-thi-dua',
      level: pick(random, HONOUR_LEVELS),
      decisionNumber: `${1000 + i}/QĐ-BGDĐT`,
      decisionDate: `${year}-11-${String(1 + (i % 28)).padStart(2, '0')}`,
      issuer: 'Bộ Giáo dục và Đào tạo',
      year,
      recipients: [{ ...ref(`exemplar.e${pad(i % exemplarCount)}`), _key: key('h', i) }],
      isPublic: true,
    });
  }

  const start = Date.UTC(2023, 0, 1);
  const step = (Date.UTC(2026, 10, 1) - start) / options.stories;
  for (let i = 0; i < options.stories; i++) {
    const id = `story.s${pad(i)}`;
    const body: unknown[] = [];
    const paragraphs = 6 + Math.floor(random() * 8);
    for (let p = 0; p < paragraphs; p++) {
      if (p > 0 && p % 4 === 0) body.push(block(id, body.length, text.title(), 'h2'));
      body.push(block(id, body.length, text.paragraph()));
      if (p === 2) body.push({ _type: 'pullQuote', _key: key(id, 'q'), text: text.sentence() });
      if (p === 3) body.push({ ...image(pick(random, assets), text.words(7)), _key: key(id, 'i'), caption: text.sentence() });
    }
    const exemplarIds = [Math.floor(random() * exemplarCount), Math.floor(random() * exemplarCount)];
    docs.push({
      _id: id,
      _type: 'story',
      title: text.title(),
      slug: { _type: 'slug', current: `bai-${i}` },
      dek: text.sentence().slice(0, 280),
      format: FORMATS[i % FORMATS.length],
      cover: image(pick(random, assets), text.words(8)),
      body,
      credits: [{ _type: 'credit', _key: key(id, 'c'), person: ref(`person.p${pad(i % personCount)}`), role: 'tac-gia' }],
      column: ref(`column.c${pad(i % columnCount)}`),
      themes: [{ ...ref(`theme.t${pad(i % themeCount)}`), _key: key(id, 't') }],
      exemplars: [...new Set(exemplarIds)].map((n) => ({ ...ref(`exemplar.e${pad(n)}`), _key: key(id, 'e', n) })),
      publishedAt: new Date(start + i * step).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
  }
  docs.push({ _id: SITE_SETTINGS_ID, _type: 'siteSettings', title: 'Gương sáng', tagline: 'Bộ dữ liệu đo hiệu năng', featuredStory: ref(`story.s${pad(options.stories - 1)}`) });

  writeNdjsonFile(join(outDir, 'data.ndjson'), docs);
  const assetsJson = Object.fromEntries(
    [...assets, ...portraits].map((asset) => [`image-${asset.sha1}`, { originalFilename: asset.originalFilename }]),
  );
  writeFileSync(join(outDir, 'assets.json'), JSON.stringify(assetsJson));
  return { outDir, documents: docs.length, images: assets.length + portraits.length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { stories: { type: 'string', default: '1000' }, images: { type: 'string' }, out: { type: 'string' } },
  });
  const stories = Number(values.stories);
  const result = await writeSyntheticDataset({
    stories,
    images: Number(values.images ?? Math.min(120, Math.max(16, Math.round(stories / 50)))),
    outDir: values.out ?? `.cache/bench/dataset-${stories}`,
  });
  console.log(`${result.documents} tài liệu, ${result.images} ảnh → ${result.outDir}`);
}
