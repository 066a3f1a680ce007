// `pnpm booklet`: progress line per chapter, output paths and sizes, --page-size, exit codes, and
// failures as one Vietnamese sentence without a stack.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCopy, pdfinfo, PUBLICATIONS, removeTemp, ROOT, sampleChapters, tempDir } from './helpers.ts';

afterAll(removeTemp);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The command `pnpm booklet` runs (see the root package.json), with the test's Node 24. */
function booklet(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['scripts/booklet.ts', ...args],
      { cwd: ROOT, env: { ...process.env, CONTENT_DATASET: '', STRICT: '', ...env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const noStack = (run: Run) => {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:/);
};

it('builds both formats with a progress line per chapter, prints the paths and sizes, honours --page-size', async () => {
  const out = tempDir('cli');
  const run = await booklet([PUBLICATIONS.a4.slug, '--format', 'all', '--out', out, '--page-size', 'A5']);
  expect(run.code, run.stderr).toBe(0);
  const chapters = sampleChapters(PUBLICATIONS.a4.id);
  const progress = run.stdout.split('\n').filter((line) => line.startsWith('Chương '));
  expect(progress).toEqual(chapters.map((c, i) => `Chương ${i + 1}/${chapters.length}: ${c.title}`));
  for (const ext of ['epub', 'pdf']) {
    const file = join(out, `${PUBLICATIONS.a4.slug}.${ext}`);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(run.stdout).toMatch(new RegExp(`Đã tạo ${ext.toUpperCase()}: ${file.replace(/[.]/g, '\\.')} \\(\\d+(,\\d)? (KB|MB)\\)`));
  }
  // The publication asks for A4; the option wins.
  expect(Math.round(pdfinfo(join(out, `${PUBLICATIONS.a4.slug}.pdf`)).width)).toBe(420);
}, 300_000);

describe('failures: exit code 1, one Vietnamese sentence, no stack', () => {
  it('an unknown publication', async () => {
    const run = await booklet(['khong-co-an-pham-nay', '--format', 'epub', '--out', tempDir('cli-x')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('Không tìm thấy ấn phẩm điện tử nào đã xuất bản có đường dẫn "khong-co-an-pham-nay".');
    noStack(run);
  }, 120_000);

  it('bad arguments', async () => {
    const run = await booklet([PUBLICATIONS.a5.slug, '--format', 'docx']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('Định dạng "docx" không hợp lệ: chỉ nhận epub, pdf hoặc all.');
    const none = await booklet([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Cần đúng một đường dẫn (slug) của ấn phẩm.');
    noStack(none);
  }, 120_000);

  it('strict mode with a chapter pointing to a deleted story (CONTENT_DATASET copy)', async () => {
    const dir = brokenCopy((docs) => {
      const publication = docs.find((d) => d._id === PUBLICATIONS.a5.id)!;
      (publication.chapters as unknown[]).push({ _type: 'storyChapter', _key: 'gone0001', story: { _type: 'reference', _ref: 'story.da-xoa', _weak: true } });
    });
    const out = tempDir('cli-strict');
    const lenient = await booklet([PUBLICATIONS.a5.slug, '--format', 'epub', '--out', out], { CONTENT_DATASET: dir });
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toContain(`Cảnh báo: Ấn phẩm ${PUBLICATIONS.a5.id}: chương 8 trỏ tới bài viết story.da-xoa`);
    const strict = await booklet([PUBLICATIONS.a5.slug, '--format', 'epub', '--out', tempDir('cli-strict2'), '--strict'], { CONTENT_DATASET: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/Chế độ nghiêm ngặt: ấn phẩm publication\.nhung-bong-hoa-dep-vung-cao-2024 có 1 chương .*story\.da-xoa/);
    noStack(strict);
  }, 240_000);
});
