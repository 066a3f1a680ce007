import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentConfigError } from '../../site/src/lib/content/errors.ts';
import { defaultDatasetPath, readContentConfig } from '../../site/src/lib/content/config.ts';
import { sampleDatasetPath } from './helpers/sample.ts';
import { removeScratch, scratchDir } from './helpers/scratch.ts';

afterAll(removeScratch);

const dataset = sampleDatasetPath();
const scratch = scratchDir('config');
const notADataset = join(scratch, 'notes.txt');
writeFileSync(notADataset, 'không phải dataset');

// env → [variable named, a phrase the sentence must contain]
const bad: Array<[string, Record<string, string>, string, RegExp]> = [
  ['project without dataset', { SANITY_PROJECT_ID: 'abc123' }, 'SANITY_DATASET', /^SANITY_DATASET chưa được đặt: khi có SANITY_PROJECT_ID thì phải đặt cả SANITY_DATASET\.$/],
  ['dataset without project', { SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID', /SANITY_PROJECT_ID chưa được đặt/],
  ['malformed project id', { SANITY_PROJECT_ID: 'Dự án!', SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID', /SANITY_PROJECT_ID không hợp lệ \("Dự án!"\)/],
  ['malformed dataset name', { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'Production Data' }, 'SANITY_DATASET', /SANITY_DATASET không hợp lệ/],
  ['malformed api version', { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_VERSION: 'latest' }, 'SANITY_API_VERSION', /SANITY_API_VERSION không hợp lệ \("latest"\).*YYYY-MM-DD/],
  ['impossible api date', { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_VERSION: '2025-13-45' }, 'SANITY_API_VERSION', /SANITY_API_VERSION không hợp lệ/],
  ['token with a newline', { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-secret\nvalue' }, 'SANITY_READ_TOKEN', /SANITY_READ_TOKEN không hợp lệ/],
  ['both sources', { CONTENT_DATASET: dataset, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }, 'CONTENT_DATASET', /CONTENT_DATASET và SANITY_PROJECT_ID không được đặt cùng lúc/],
  ['missing dataset path', { CONTENT_DATASET: join(scratch, 'khong-co') }, 'CONTENT_DATASET', /CONTENT_DATASET trỏ tới .*khong-co.* không có thư mục hay tệp nào/],
  ['dataset path is a text file', { CONTENT_DATASET: notADataset }, 'CONTENT_DATASET', /CONTENT_DATASET phải là thư mục xuất của Sanity hoặc tệp \.tar\.gz/],
  ['junk STRICT', { STRICT: 'maybe' }, 'STRICT', /^STRICT không hợp lệ \("maybe"\)/],
];

describe('readContentConfig', () => {
  it.each(bad)('%s → one Vietnamese sentence naming the variable', (_name, env, variable, sentence) => {
    let caught: unknown;
    try {
      readContentConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentConfigError);
    const error = caught as ContentConfigError;
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(sentence);
    expect(error.message.startsWith(variable) || error.message.includes(variable)).toBe(true);
    // One sentence, one line, ends with a full stop; and no stack frames anywhere a CLI might print.
    expect(error.message).not.toContain('\n');
    expect(error.message.trim().endsWith('.')).toBe(true);
    expect(error.stack ?? '').not.toMatch(/\n\s+at /);
    expect(String(error)).not.toMatch(/\n\s+at /);
  });

  it('never echoes the token, even when rejecting it', () => {
    expect(() =>
      readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-very secret' }),
    ).toThrow(/^(?!.*very secret).*$/);
  });

  it('defaults to the bundled dataset, resolved from the module rather than the working directory', () => {
    const config = readContentConfig({});
    expect(config).toMatchObject({ kind: 'local', strict: false });
    expect(config.kind === 'local' && config.datasetPath).toBe(defaultDatasetPath());
    expect(defaultDatasetPath()).toMatch(/[\\/]site[\\/]dataset$/);
  });

  it('resolves a relative CONTENT_DATASET against INIT_CWD (where the user typed the command)', () => {
    const config = readContentConfig({ CONTENT_DATASET: '.', INIT_CWD: dataset });
    expect(config).toEqual({ kind: 'local', datasetPath: dataset, strict: false, strictRepairs: false });
  });

  it('treats empty variables as unset (CI often exports VAR=)', () => {
    expect(readContentConfig({ SANITY_PROJECT_ID: '', SANITY_DATASET: '', STRICT: '' }).kind).toBe('local');
  });

  it('reads a full Sanity config, pins the API version, keeps the token', () => {
    expect(readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', STRICT: 'true' })).toEqual({
      kind: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-02-19',
      token: undefined,
      strict: true,
      strictRepairs: false,
    });
    expect(
      readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'staging_2', SANITY_API_VERSION: 'v2024-06-01', SANITY_READ_TOKEN: 'sk123' }),
    ).toMatchObject({ apiVersion: '2024-06-01', token: 'sk123', dataset: 'staging_2' });
  });
});

describe('strict mode, decided by readContentConfig', () => {
  it.each([
    [['node', 'astro', 'build', '--strict'], {}, true],
    [['node', 'astro', 'build'], { STRICT: '1' }, true],
    [['node', 'astro', 'build'], { STRICT: 'TRUE' }, true],
    [['node', 'astro', 'build'], { STRICT: '0' }, false],
    [['node', 'astro', 'build'], {}, false],
  ] as const)('%j %j → %s', (argv, env, expected) => {
    expect(readContentConfig(env, argv).strict).toBe(expected);
  });

  // [argv, env, strict, strictRepairs]: the repairs mode implies failing on errors too.
  it.each([
    [['node', 'astro', 'build', '--strict=repairs'], {}, true, true],
    [['node', 'astro', 'build'], { STRICT: 'repairs' }, true, true],
    [['node', 'astro', 'build'], { STRICT: ' Repairs ' }, true, true],
    [['node', 'astro', 'build', '--strict'], { STRICT: 'repairs' }, true, true],
    [['node', 'astro', 'build', '--strict=repairs'], { STRICT: '1' }, true, true],
    [['node', 'astro', 'build', '--strict'], {}, true, false],
    [['node', 'astro', 'build'], {}, false, false],
  ] as const)('repairs mode: %j %j → strict %s, strictRepairs %s', (argv, env, strict, strictRepairs) => {
    expect(readContentConfig(env, argv)).toMatchObject({ strict, strictRepairs });
  });

  it('rejects a junk STRICT with a sentence naming it', () => {
    expect(() => readContentConfig({ STRICT: 'có' }, [])).toThrow(/^STRICT không hợp lệ/);
  });
});
