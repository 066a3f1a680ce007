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

const SANITY = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' };

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
  ['api host that is not a URL', { ...SANITY, SANITY_API_HOST: 'proxy.example.vn' }, 'SANITY_API_HOST', /^SANITY_API_HOST không hợp lệ \("proxy\.example\.vn"\): cần một địa chỉ gốc/],
  ['api host with another scheme', { ...SANITY, SANITY_API_HOST: 'ftp://proxy.example.vn' }, 'SANITY_API_HOST', /^SANITY_API_HOST không hợp lệ .*cần một địa chỉ gốc dạng https/],
  ['api host with a path', { ...SANITY, SANITY_API_HOST: 'https://proxy.example.vn/sanity' }, 'SANITY_API_HOST', /không kèm đường dẫn, tham số hay dấu #/],
  ['api host with a query', { ...SANITY, SANITY_API_HOST: 'https://proxy.example.vn?x=1' }, 'SANITY_API_HOST', /không kèm đường dẫn, tham số hay dấu #/],
  ['api host with an empty fragment', { ...SANITY, SANITY_API_HOST: 'https://proxy.example.vn/#' }, 'SANITY_API_HOST', /không kèm đường dẫn, tham số hay dấu #/],
  ['plain http to another machine', { ...SANITY, SANITY_API_HOST: 'http://10.0.0.5:8080' }, 'SANITY_API_HOST', /^SANITY_API_HOST phải dùng https .*chỉ được phép với máy này/],
  ['plain http to a name that only starts like loopback', { ...SANITY, SANITY_API_HOST: 'http://127.0.0.1.evil.example' }, 'SANITY_API_HOST', /phải dùng https/],
  ['api host with credentials', { ...SANITY, SANITY_API_HOST: 'https://user:pa55@proxy.example.vn' }, 'SANITY_API_HOST', /^SANITY_API_HOST không được chứa tên đăng nhập hay mật khẩu/],
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

  it('never echoes credentials written into SANITY_API_HOST', () => {
    expect(() => readContentConfig({ ...SANITY, SANITY_API_HOST: 'https://editor:pa55word@proxy.example.vn' })).toThrow(/^(?!.*pa55word)(?!.*editor).*$/);
  });

  it('reads SANITY_API_HOST as an origin: https anywhere, http only on loopback', () => {
    const apiHostOf = (value: string) => {
      const config = readContentConfig({ ...SANITY, SANITY_API_HOST: value });
      return config.kind === 'sanity' ? config.apiHost : 'not sanity';
    };
    expect(apiHostOf('https://proxy.example.vn')).toBe('https://proxy.example.vn');
    expect(apiHostOf('https://Proxy.Example.vn:8443/')).toBe('https://proxy.example.vn:8443');
    expect(apiHostOf('http://127.0.0.1:40123')).toBe('http://127.0.0.1:40123');
    expect(apiHostOf('http://127.1.2.3:9')).toBe('http://127.1.2.3:9');
    expect(apiHostOf('http://localhost:3333/')).toBe('http://localhost:3333');
    expect(apiHostOf('http://[::1]:3333')).toBe('http://[::1]:3333');
  });

  it('leaves apiHost out when SANITY_API_HOST is unset or empty (Sanity\'s own hosts)', () => {
    expect(readContentConfig(SANITY)).not.toHaveProperty('apiHost');
    expect(readContentConfig({ ...SANITY, SANITY_API_HOST: ' ' })).not.toHaveProperty('apiHost');
  });

  it('checks SANITY_API_HOST even in local-dataset mode, where it is otherwise unused', () => {
    expect(() => readContentConfig({ SANITY_API_HOST: 'http://10.0.0.5' })).toThrow(ContentConfigError);
    expect(readContentConfig({ SANITY_API_HOST: 'http://127.0.0.1:9' })).toMatchObject({ kind: 'local' });
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
