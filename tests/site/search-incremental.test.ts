// The indexer's incremental parts, on small folders written here: the page listing keeps no HTML
// (lib/search/site-pages.ts), and the archive bundle is reused only under the same fingerprint
// (lib/search/archive-reuse.ts). With real Pagefind on the sample build: tests/e2e/search-split.test.ts.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveFingerprint, partName, reuseArchivePart } from '../../site/src/lib/search/archive-reuse.ts';
import { listSitePages, readSitePage } from '../../site/src/lib/search/site-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'search-incremental-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const BODY_TEXT = 'Cô giáo Lò Thị Hiền chèo thuyền qua suối mỗi sáng';
const storyHtml = (date: string) =>
  `<html><head><meta property="article:published_time" content="${date}"></head><body><main data-pagefind-body><p>${BODY_TEXT}</p></main></body></html>`;

describe('listSitePages', () => {
  const site = join(root, 'site');
  write(site, 'index.html', '<html><body><main data-pagefind-body><p>Trang chủ</p></main></body></html>');
  write(site, 'bai-viet/thuyen/index.html', storyHtml('2024-03-01T08:00:00+07:00'));
  write(site, 'bai-viet/ngay-sai/index.html', storyHtml('không phải ngày'));
  write(site, 'khong-tim/index.html', '<html><body><p>Không có vùng chỉ mục</p></body></html>');
  write(site, 'pagefind/cu.html', '<main data-pagefind-body>bundle cũ</main>');
  write(site, 'pagefind-luu-tru/cu.html', '<main data-pagefind-body>bundle cũ</main>');
  write(site, 'du-lieu.json', '{"data-pagefind-body": true}');
  // What Pagefind reads: these pages have no ignored region, so from the body element to the end.
  const sha = (path: string) => {
    const text = readFileSync(join(site, path), 'utf8');
    return createHash('sha256').update(text.slice(text.indexOf('<main data-pagefind-body'))).digest('hex');
  };

  it('lists the indexable pages with their hash and date, and keeps none of their text', async () => {
    const pages = await listSitePages(site);
    expect(pages).toEqual([
      { path: 'bai-viet/ngay-sai/index.html', hash: sha('bai-viet/ngay-sai/index.html') },
      { path: 'bai-viet/thuyen/index.html', hash: sha('bai-viet/thuyen/index.html'), publishedAt: '2024-03-01T08:00:00+07:00' },
      { path: 'index.html', hash: sha('index.html') },
    ]);
    // toEqual ignores undefined fields; the serialised listing shows nothing else rides along.
    expect(JSON.stringify(pages)).not.toContain('Trang chủ');
    expect(JSON.stringify(pages)).not.toContain(BODY_TEXT);
  });

  it('holds no page in memory after listing: 1,500 story pages of 120 kB list within a 64 MB heap', { timeout: 120_000 }, async () => {
    // What the listing keeps (path, hash, date) is a few MB; a page kept alive (even through a
    // substring, which V8 stores as a slice of the whole page) would need ~180 MB here and crash.
    const big = join(root, 'big');
    const filler = `<p>${'Cô giáo chèo thuyền qua suối mỗi sáng để dạy chữ. '.repeat(2_300)}</p>`;
    for (let i = 0; i < 1_500; i++) {
      write(big, `bai-viet/b${i}/index.html`, storyHtml(`2024-03-01T08:00:${String(i % 60).padStart(2, '0')}+07:00`).replace('</main>', `${filler}</main>`));
    }
    expect(statSync(join(big, 'bai-viet/b0/index.html')).size).toBeGreaterThan(120_000);
    const script = `const { listSitePages } = await import(${JSON.stringify(new URL('../../site/src/lib/search/site-pages.ts', import.meta.url).href)});
      const pages = await listSitePages(${JSON.stringify(big)});
      process.stdout.write(String(pages.filter((p) => p.publishedAt).length));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-old-space-size=64', '--input-type=module', '-e', script]);
    expect(stdout).toBe('1500');
  });

  it('reads a page again when Pagefind needs it', async () => {
    const [, story] = await listSitePages(site);
    expect(await readSitePage(site, story!)).toBe(storyHtml('2024-03-01T08:00:00+07:00'));
  });
});

describe('archiveFingerprint', () => {
  const pages = [
    { path: 'bai-viet/a/index.html', hash: 'a1' },
    { path: 'bai-viet/b/index.html', hash: 'b1' },
  ];
  const inputs = { pagefindVersion: '1.6.0', config: { forceLanguage: 'vi' }, env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '10000', HOME: '/root' } };
  const base = archiveFingerprint(pages, inputs);

  it('is a sha256 that ignores the pages\' order and environment variables Pagefind does not read', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(archiveFingerprint([...pages].reverse(), inputs)).toBe(base);
    expect(archiveFingerprint(pages, { ...inputs, env: { ...inputs.env, HOME: '/home/khac', TZ: 'UTC' } })).toBe(base);
  });

  it.each([
    ['a page\'s content', [pages[0]!, { ...pages[1]!, hash: 'b2' }], inputs],
    ['a page\'s path', [pages[0]!, { ...pages[1]!, path: 'bai-viet/c/index.html' }], inputs],
    ['one page more', [...pages, { path: 'bai-viet/d/index.html', hash: 'd1' }], inputs],
    ['one page fewer', [pages[0]!], inputs],
    ['Pagefind\'s version', pages, { ...inputs, pagefindVersion: '1.6.1' }],
    ['Pagefind\'s options', pages, { ...inputs, config: { forceLanguage: 'en' } }],
    ['the chunk size', pages, { ...inputs, env: { ...inputs.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2500' } }],
    ['another PAGEFIND_ variable', pages, { ...inputs, env: { ...inputs.env, PAGEFIND_EXCLUDE_SELECTORS: 'nav' } }],
  ])('changes with %s', (_what, changedPages, changedInputs) => {
    expect(archiveFingerprint(changedPages, changedInputs)).not.toBe(base);
  });
});

describe('reuseArchivePart', () => {
  const previous = join(root, 'previous');
  write(previous, 'pagefind-luu-tru/pabc/pagefind-entry.json', '{"version":"1.6.0"}');
  write(previous, 'pagefind-luu-tru/pabc/fragment/x.pf_fragment', 'x');
  // A part whose writing was cut short (no entry file) is never reused.
  write(previous, 'pagefind-luu-tru/phalf/fragment/y.pf_fragment', 'y');

  it('hard-links a part the previous index has under the same name', async () => {
    const site = join(root, 'same');
    expect(await reuseArchivePart(previous, 'pabc', site)).toBe(true);
    for (const file of ['pagefind-entry.json', 'fragment/x.pf_fragment']) {
      expect(statSync(join(site, 'pagefind-luu-tru/pabc', file)).ino, file).toBe(statSync(join(previous, 'pagefind-luu-tru/pabc', file)).ino);
    }
  });

  it('writes nothing for another name, an incomplete part, or a previous index without an archive', async () => {
    const site = join(root, 'different');
    expect(await reuseArchivePart(previous, 'pabd', site)).toBe(false);
    expect(await reuseArchivePart(previous, 'phalf', site)).toBe(false);
    expect(await reuseArchivePart(join(root, 'site'), 'pabc', site)).toBe(false);
    expect(() => statSync(join(site, 'pagefind-luu-tru'))).toThrow();
  });

  it('names a part after its fingerprint', () => {
    expect(partName('0123456789abcdef0123')).toBe('p0123456789abcdef');
  });
});
