// EPUB documents stay well-formed XML whatever text a chapter holds: control characters, lone
// surrogates, `]]>` and `<` in titles, deks and body text (xmllint judges, not our own parser).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageEpub } from '../../site/src/lib/booklet/epub.ts';
import type { BookletModel } from '../../site/src/lib/booklet/model.ts';
import { prepareBooklet } from '../../site/src/lib/booklet/render.ts';
import { readZip, type ZipEntry } from './helpers.ts';

const HOSTILE = 'Cô giáo\u0001 <Lan> & ]]> "đẹp"\u000B\uD800\uFFFE';

const model: BookletModel = {
  id: 'publication-hostile',
  slug: 'an-pham-thu',
  title: `Ấn phẩm ${HOSTILE}`,
  edition: `Lần 1\u0002`,
  year: 2024,
  date: '2024-02-29',
  modified: '2024-03-05T02:00:00Z',
  identifier: 'urn:uuid:00000000-0000-5000-8000-000000000000',
  pageSize: 'A5',
  publisher: `Gương sáng\u001F`,
  cover: null,
  foreword: [{ _type: 'block', _key: 'f1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: `Lời nói đầu ${HOSTILE}`, marks: [] }] }],
  credits: [{ name: `Biên tập\u0007 ${HOSTILE}`, role: 'bien-tap', roleTitle: 'Biên tập' }],
  chapters: [
    {
      index: 1,
      id: 'chuong-01',
      kind: 'story',
      title: HOSTILE,
      dek: `Dek ${HOSTILE}`,
      byline: [`Bài: ${HOSTILE}`],
      cover: null,
      body: [
        { _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: `Thân bài ${HOSTILE}\nxuống dòng`, marks: ['strong'] }] },
        { _type: 'block', _key: 'b2', style: 'h2', markDefs: [], children: [{ _type: 'span', _key: 's2', text: `Tiêu đề ${HOSTILE}`, marks: [] }] },
      ],
      storyId: 'story-1',
      documentId: 'story-1',
    },
  ],
  chapterByStoryId: new Map([['story-1', 'chuong-01']]),
};

let entries: ZipEntry[] = [];
const dir = mkdtempSync(join(tmpdir(), 'epub-xml-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const book = await prepareBooklet(model, {
    locate: () => {
      throw new Error('no images in this book');
    },
    siteUrl: 'https://guong-sang.example',
  });
  entries = readZip(await packageEpub(book));
});

describe('EPUB with hostile text', () => {
  it('has an OPF, a nav and a chapter', () => {
    const names = entries.map((e) => e.name);
    expect(names.filter((n) => n.endsWith('.opf'))).toHaveLength(1);
    expect(names).toContain('EPUB/text/chuong-01.xhtml');
  });

  it('every XML document parses with xmllint', () => {
    const xml = entries.filter((e) => /\.(xhtml|opf|ncx|xml)$/.test(e.name));
    expect(xml.length).toBeGreaterThanOrEqual(4);
    for (const entry of xml) {
      const file = join(dir, entry.name.replace(/\//g, '_'));
      writeFileSync(file, entry.data);
      expect(() => execFileSync('xmllint', ['--noout', '--nonet', file], { stdio: ['ignore', 'pipe', 'pipe'] }), entry.name).not.toThrow();
    }
  });

  it('keeps the text, escaped, without the forbidden characters', () => {
    const chapter = entries.find((e) => e.name === 'EPUB/text/chuong-01.xhtml')!.data.toString('utf8');
    expect(chapter).toContain('Cô giáo &lt;Lan&gt; &amp; ]]&gt; &quot;đẹp&quot;');
    for (const forbidden of ['\u0001', '\u000B', '\uFFFE', '\uD800']) expect(chapter).not.toContain(forbidden);
    const opf = entries.find((e) => e.name.endsWith('.opf'))!.data.toString('utf8');
    expect(opf).toContain('<dc:title id="title">Ấn phẩm Cô giáo &lt;Lan&gt; &amp; ]]&gt; &quot;đẹp&quot;</dc:title>');
  });
});
