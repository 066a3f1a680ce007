import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivePreviewSecret, readServerConfig, repoRoot, ServerConfigError } from '../../server/src/config.ts';

const SECRET = 'config-test-secret-0123456789';
const dataset = join(repoRoot, 'site', 'dataset');
const base = { SANITY_WEBHOOK_SECRET: SECRET, CONTENT_DATASET: dataset };

function errorOf(env: Record<string, string | undefined>): ServerConfigError {
  try {
    readServerConfig(env, []);
  } catch (error) {
    if (error instanceof ServerConfigError) return error;
    throw error;
  }
  throw new Error('expected a ServerConfigError');
}

describe('readServerConfig', () => {
  it('applies the documented defaults', () => {
    const config = readServerConfig(base, []);
    expect(config.port).toBe(4322);
    expect(config.host).toBe('127.0.0.1');
    expect(config.publishRoot).toBe(resolve(repoRoot, '.publish'));
    expect(config.content).toMatchObject({ kind: 'local', datasetPath: dataset });
    expect(config.participationDir).toBe(resolve(repoRoot, '.data', 'participation'));
    expect(config.participationSanity).toBeUndefined();
    expect(config.intakeMaxUploadBytes).toBe(50 * 1024 * 1024);
    expect(config.buildEnv).toEqual({ CONTENT_DATASET: dataset, CONTENT_OVERLAY: resolve(repoRoot, '.data', 'participation', 'public', 'overlay.ndjson') });
  });

  it('needs both SANITY_PARTICIPATION_DATASET and SANITY_WRITE_TOKEN, keeps the write token out of the build, checks the upload cap', () => {
    expect(errorOf({ ...base, SANITY_PARTICIPATION_DATASET: 'tham-gia' }).variable).toBe('SANITY_WRITE_TOKEN');
    const missingDataset = errorOf({ ...base, SANITY_WRITE_TOKEN: 'sk-write-token-value' });
    expect(missingDataset.variable).toBe('SANITY_PARTICIPATION_DATASET');
    expect(missingDataset.message).not.toContain('sk-write-token-value');
    expect(errorOf({ ...base, SANITY_PARTICIPATION_DATASET: 'Tham Gia!', SANITY_WRITE_TOKEN: 'sk-write-token-value' }).variable).toBe('SANITY_PARTICIPATION_DATASET');
    // The private dataset lives in the content's Sanity project: with a local dataset there is none.
    const localContent = errorOf({ ...base, SANITY_PARTICIPATION_DATASET: 'tham-gia', SANITY_WRITE_TOKEN: 'sk-write-token-value' });
    expect(localContent.variable).toBe('SANITY_PARTICIPATION_DATASET');
    expect(localContent.message).not.toContain('sk-write-token-value');
    const sanityContent = { ...base, CONTENT_DATASET: undefined, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-read-token-value' };
    const config = readServerConfig({ ...sanityContent, SANITY_PARTICIPATION_DATASET: 'tham-gia', SANITY_WRITE_TOKEN: 'sk-write-token-value', PARTICIPATION_DIR: '/srv/gs/tham-gia' }, []);
    expect(config.participationSanity).toEqual({ dataset: 'tham-gia', token: 'sk-write-token-value' });
    expect(config.participationDir).toBe('/srv/gs/tham-gia');
    expect(Object.values(config.buildEnv)).not.toContain('sk-write-token-value');
    expect(config.secrets).toContain('sk-write-token-value');
    for (const value of ['0', '9999', 'nhiều']) {
      const error = errorOf({ ...base, INTAKE_MAX_UPLOAD_MB: value });
      expect(error.variable).toBe('INTAKE_MAX_UPLOAD_MB');
      expect(error.message).toMatch(/^INTAKE_MAX_UPLOAD_MB không hợp lệ/);
    }
    expect(readServerConfig({ ...base, INTAKE_MAX_UPLOAD_MB: '200' }, []).intakeMaxUploadBytes).toBe(200 * 1024 * 1024);
  });

  it('refuses to start without SANITY_WEBHOOK_SECRET, or with a short or blank one', () => {
    for (const value of [undefined, '', '   ', 'short-secret']) {
      const error = errorOf({ ...base, SANITY_WEBHOOK_SECRET: value });
      expect(error.variable).toBe('SANITY_WEBHOOK_SECRET');
      expect(error.message).toMatch(/^SANITY_WEBHOOK_SECRET /);
      if (value?.trim()) expect(error.message).not.toContain(value.trim());
    }
  });

  it('names SERVER_PORT, SERVER_HOST, SITE_URL and SANITY_API_HOST when they are wrong', () => {
    for (const [variable, value] of [
      ['SERVER_PORT', '0'],
      ['SERVER_PORT', '65536'],
      ['SERVER_PORT', '80a'],
      ['SERVER_HOST', 'bad host!'],
      ['SITE_URL', 'not a url'],
      ['SANITY_API_HOST', 'ftp://example.org'],
    ] as const) {
      const error = errorOf({ ...base, [variable]: value });
      expect(error.variable).toBe(variable);
      expect(error.message.startsWith(variable)).toBe(true);
    }
    expect(readServerConfig({ ...base, SERVER_PORT: '65535', SERVER_HOST: '::1' }, [])).toMatchObject({ port: 65535, host: '::1' });
  });

  it('reports content variable problems through the site rules, naming the variable', () => {
    const error = errorOf({ ...base, CONTENT_DATASET: '/nonexistent/dataset' });
    expect(error.variable).toBe('CONTENT_DATASET');
    const mixed = errorOf({ ...base, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' });
    expect(mixed.variable).toBe('CONTENT_DATASET');
  });

  it('resolves a relative PUBLISH_ROOT against INIT_CWD', () => {
    const dir = mkdtempSync(join(tmpdir(), 'server-config-'));
    const config = readServerConfig({ ...base, PUBLISH_ROOT: 'pub', INIT_CWD: dir }, []);
    expect(config.publishRoot).toBe(join(dir, 'pub'));
  });

  it('derives the preview secret from the webhook secret unless PREVIEW_SECRET is set', () => {
    const derived = readServerConfig(base, []).previewSecret;
    expect(derived).toBe(derivePreviewSecret(SECRET));
    expect(derived).not.toBe(SECRET);
    expect(derived).not.toBe(derivePreviewSecret(`${SECRET}x`));
    expect(readServerConfig({ ...base, PREVIEW_SECRET: 'another-secret-0123456789' }, []).previewSecret).toBe('another-secret-0123456789');
  });

  it('passes the Sanity read token to the build but never the server secrets', () => {
    const config = readServerConfig(
      { SANITY_WEBHOOK_SECRET: SECRET, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-read-token-value', SANITY_API_HOST: 'http://127.0.0.1:9999', SITE_URL: 'https://guongsang.example' },
      [],
    );
    expect(config.buildEnv).toMatchObject({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-read-token-value', SANITY_API_HOST: 'http://127.0.0.1:9999', SITE_URL: 'https://guongsang.example' });
    const values = Object.values(config.buildEnv);
    expect(values).not.toContain(SECRET);
    expect(values).not.toContain(config.previewSecret);
    expect(config.secrets).toEqual(expect.arrayContaining([SECRET, config.previewSecret, 'sk-read-token-value']));
  });
});
