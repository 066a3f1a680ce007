/**
 * Rough speed of validateDataset on a synthetic 10.000-document dataset.
 * Run: `pnpm exec node schemas/bench/validate-dataset.bench.ts [count]` (wire into `pnpm bench`).
 */
import type { SanityDocument } from '@sanity/types';
import { getCompiledSchema } from '../compiled.ts';
import { validateDataset } from '../validation/validate-dataset.ts';

function synthetic(count: number): SanityDocument[] {
  const docs: Record<string, unknown>[] = [
    { _id: 'province.lao-cai', _type: 'province', name: 'Lào Cai', slug: { _type: 'slug', current: 'lao-cai' }, kind: 'tinh', order: 14 },
    { _id: 'column.c', _type: 'column', title: 'Chuyên mục', slug: { _type: 'slug', current: 'c' }, kind: 'chuyen-muc', description: 'Giới thiệu.' },
    { _id: 'person.p', _type: 'person', name: 'Người viết', slug: { _type: 'slug', current: 'p' } },
  ];
  const image = { _type: 'accessibleImage', _sanityAsset: 'image@file://./a.jpg', alt: 'Ảnh minh họa' };
  const exemplars = Math.floor(count * 0.2);
  for (let i = 0; i < exemplars; i++) {
    docs.push({ _id: `exemplar.e${i}`, _type: 'exemplar', kind: 'ca-nhan', name: `Gương ${i}`, slug: { _type: 'slug', current: `e${i}` }, role: 'nha-giao', province: { _type: 'reference', _ref: 'province.lao-cai' }, portrait: image, summary: 'Tóm tắt ngắn về một nhà giáo giả tưởng.' });
  }
  for (let i = docs.length; i < count; i++) {
    docs.push({
      _id: i % 10 === 0 ? `drafts.story.s${i}` : `story.s${i}`, _type: 'story', title: `Bài viết số ${i}: đường đến trường`, slug: { _type: 'slug', current: `s${i}` }, format: 'bai-viet', cover: image,
      body: Array.from({ length: 12 }, (_, b) => ({ _type: 'block', _key: `b${b}`, style: 'normal', markDefs: [{ _type: 'link', _key: 'l', href: 'https://example.vn' }], children: [{ _type: 'span', _key: 's', text: 'Sáu giờ sáng, sương còn phủ kín thung lũng. '.repeat(8), marks: ['l'] }] })),
      credits: [{ _type: 'credit', _key: 'c', person: { _type: 'reference', _ref: 'person.p' }, role: 'tac-gia' }],
      column: { _type: 'reference', _ref: 'column.c' }, exemplars: [{ _type: 'reference', _key: 'x', _ref: `exemplar.e${i % exemplars}` }],
      publishedAt: '2025-11-20T01:00:00Z',
    });
  }
  return docs as SanityDocument[];
}

const count = Number(process.argv[2] ?? 10_000);
let start = performance.now();
getCompiledSchema();
const compileMs = performance.now() - start;
const docs = synthetic(count);
start = performance.now();
const problems = await validateDataset(docs, { concurrency: Number(process.env.CONCURRENCY ?? 0) || undefined });
const ms = performance.now() - start;
console.log(JSON.stringify({ documents: docs.length, problems: problems.length, compileMs: Math.round(compileMs), validateMs: Math.round(ms), perDocumentMs: +(ms / docs.length).toFixed(2), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) }));
if (problems.length > 0) console.log(problems.slice(0, 5));
