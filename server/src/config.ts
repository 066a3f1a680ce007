/**
 * Server configuration: read from the environment once, validated with zod, each problem reported as
 * one Vietnamese sentence naming the variable. Secrets are never echoed in messages.
 */
import { hkdfSync } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type ContentConfig, ContentConfigError, readContentConfig } from '../../site/src/lib/content/config.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export class ServerConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.name = 'ServerConfigError';
    this.variable = variable;
  }
}

export interface ServerConfig {
  /** Verifies Sanity's webhook signatures. Secret: never logged, never in status, never passed to builds. */
  webhookSecret: string;
  /** Signs preview tokens. Secret. */
  previewSecret: string;
  publishRoot: string;
  port: number;
  host: string;
  siteUrl: string | undefined;
  apiHost: string | undefined;
  content: ContentConfig;
  /** The repository root (where `site/` lives). */
  repoRoot: string;
  /** Variables handed to the build process: content source, SITE_URL, SANITY_API_HOST, STRICT. */
  buildEnv: Record<string, string>;
  /** Every secret value, for scrubbing logs and status. */
  secrets: string[];
  /** The private participation store's data folder (SQLite database, files, pending submissions). */
  participationDir: string;
  /** The private Sanity dataset for participation data, when configured (else SQLite). Never in buildEnv. */
  participationSanity: { dataset: string; token: string } | undefined;
  /** Absolute cap per uploaded file, above any contest's own limit. */
  intakeMaxUploadBytes: number;
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const MIN_SECRET_LENGTH = 16;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = z.preprocess(blankToUndefined, z.string().trim().optional());

const RawEnv = z.object({
  SANITY_WEBHOOK_SECRET: z.preprocess(blankToUndefined, z.string().optional()),
  PREVIEW_SECRET: z.preprocess(blankToUndefined, z.string().optional()),
  SANITY_API_HOST: optional,
  PUBLISH_ROOT: optional,
  SERVER_PORT: optional,
  SERVER_HOST: optional,
  SITE_URL: optional,
  INIT_CWD: optional,
  PARTICIPATION_DIR: optional,
  SANITY_PARTICIPATION_DATASET: optional,
  SANITY_WRITE_TOKEN: z.preprocess(blankToUndefined, z.string().optional()),
  INTAKE_MAX_UPLOAD_MB: optional,
});

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;

function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** A second key from the webhook secret, so one secret suffices; HKDF keeps the two independent. */
export function derivePreviewSecret(webhookSecret: string): string {
  return Buffer.from(hkdfSync('sha256', webhookSecret, 'guong-sang', 'preview-token', 32)).toString('base64url');
}

function httpOrigin(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ServerConfigError(variable, `${variable} không hợp lệ (${shown(value)}): cần một địa chỉ đầy đủ dạng https://ten-mien.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ServerConfigError(variable, `${variable} không hợp lệ (${shown(value)}): chỉ chấp nhận địa chỉ http:// hoặc https://.`);
  }
  return value;
}

export function readServerConfig(env: Env = process.env, argv: readonly string[] = process.argv): ServerConfig {
  const vars = RawEnv.parse(env);

  const webhookSecret = vars.SANITY_WEBHOOK_SECRET;
  if (webhookSecret === undefined) {
    throw new ServerConfigError(
      'SANITY_WEBHOOK_SECRET',
      'SANITY_WEBHOOK_SECRET chưa được đặt: máy chủ không khởi động khi không có khóa bí mật để kiểm tra chữ ký webhook của Sanity.',
    );
  }
  if (webhookSecret.length < MIN_SECRET_LENGTH) {
    throw new ServerConfigError(
      'SANITY_WEBHOOK_SECRET',
      `SANITY_WEBHOOK_SECRET quá ngắn: khóa bí mật cần ít nhất ${MIN_SECRET_LENGTH} ký tự.`,
    );
  }
  if (vars.PREVIEW_SECRET !== undefined && vars.PREVIEW_SECRET.length < MIN_SECRET_LENGTH) {
    throw new ServerConfigError('PREVIEW_SECRET', `PREVIEW_SECRET quá ngắn: khóa bí mật cần ít nhất ${MIN_SECRET_LENGTH} ký tự.`);
  }
  const previewSecret = vars.PREVIEW_SECRET ?? derivePreviewSecret(webhookSecret);

  let port = 4322;
  if (vars.SERVER_PORT !== undefined) {
    port = /^\d{1,5}$/.test(vars.SERVER_PORT) ? Number(vars.SERVER_PORT) : NaN;
    if (!(port >= 1 && port <= 65535)) {
      throw new ServerConfigError('SERVER_PORT', `SERVER_PORT không hợp lệ (${shown(vars.SERVER_PORT)}): cần một số nguyên từ 1 đến 65535.`);
    }
  }

  const host = vars.SERVER_HOST ?? '127.0.0.1';
  if (!HOST.test(host)) {
    throw new ServerConfigError('SERVER_HOST', `SERVER_HOST không hợp lệ (${shown(host)}): cần một tên máy hoặc địa chỉ IP, ví dụ 127.0.0.1.`);
  }

  const base = vars.INIT_CWD ?? process.cwd();
  const rawRoot = vars.PUBLISH_ROOT ?? '.publish';
  if (rawRoot.includes('\0')) {
    throw new ServerConfigError('PUBLISH_ROOT', 'PUBLISH_ROOT không hợp lệ: đường dẫn chứa ký tự rỗng.');
  }
  const publishRoot = isAbsolute(rawRoot) ? rawRoot : resolve(vars.PUBLISH_ROOT === undefined ? repoRoot : base, rawRoot);

  const rawParticipation = vars.PARTICIPATION_DIR ?? join('.data', 'participation');
  if (rawParticipation.includes('\0')) {
    throw new ServerConfigError('PARTICIPATION_DIR', 'PARTICIPATION_DIR không hợp lệ: đường dẫn chứa ký tự rỗng.');
  }
  const participationDir = isAbsolute(rawParticipation) ? rawParticipation : resolve(vars.PARTICIPATION_DIR === undefined ? repoRoot : base, rawParticipation);

  const participationDataset = vars.SANITY_PARTICIPATION_DATASET;
  const writeToken = vars.SANITY_WRITE_TOKEN;
  if ((participationDataset === undefined) !== (writeToken === undefined)) {
    const missing = participationDataset === undefined ? 'SANITY_PARTICIPATION_DATASET' : 'SANITY_WRITE_TOKEN';
    throw new ServerConfigError(missing, `${missing} chưa được đặt: kho dữ liệu tham gia trên Sanity cần cả SANITY_PARTICIPATION_DATASET lẫn SANITY_WRITE_TOKEN (hoặc bỏ cả hai để dùng SQLite).`);
  }
  if (participationDataset !== undefined && !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(participationDataset)) {
    throw new ServerConfigError('SANITY_PARTICIPATION_DATASET', `SANITY_PARTICIPATION_DATASET không hợp lệ (${shown(participationDataset)}): tên dataset gồm chữ thường, số, gạch dưới, gạch ngang, tối đa 64 ký tự.`);
  }

  let intakeMaxUploadMb = 50;
  if (vars.INTAKE_MAX_UPLOAD_MB !== undefined) {
    intakeMaxUploadMb = /^\d{1,4}$/.test(vars.INTAKE_MAX_UPLOAD_MB) ? Number(vars.INTAKE_MAX_UPLOAD_MB) : NaN;
    if (!(intakeMaxUploadMb >= 1 && intakeMaxUploadMb <= 2048)) {
      throw new ServerConfigError('INTAKE_MAX_UPLOAD_MB', `INTAKE_MAX_UPLOAD_MB không hợp lệ (${shown(vars.INTAKE_MAX_UPLOAD_MB)}): cần một số nguyên từ 1 đến 2048 (megabyte).`);
    }
  }

  const siteUrl = vars.SITE_URL === undefined ? undefined : httpOrigin('SITE_URL', vars.SITE_URL);

  let content: ContentConfig;
  try {
    content = readContentConfig(env, argv);
  } catch (error) {
    if (error instanceof ContentConfigError) throw new ServerConfigError(error.variable, error.message);
    throw error;
  }

  if (participationDataset !== undefined && content.kind !== 'sanity') {
    throw new ServerConfigError(
      'SANITY_PARTICIPATION_DATASET',
      'SANITY_PARTICIPATION_DATASET chỉ dùng được khi nội dung đến từ một dự án Sanity (SANITY_PROJECT_ID, SANITY_DATASET); với bộ dữ liệu cục bộ, hãy bỏ biến này để dùng SQLite.',
    );
  }

  // SANITY_API_HOST is validated with the content variables (readContentConfig: https, or http on loopback).
  const apiHost = content.kind === 'sanity' ? content.apiHost : undefined;
  const buildEnv: Record<string, string> = {};
  if (content.kind === 'local') {
    buildEnv.CONTENT_DATASET = content.datasetPath;
    // Public records of contest results (never private data) that the local build merges over the dataset.
    buildEnv.CONTENT_OVERLAY = join(participationDir, 'public', 'overlay.ndjson');
  } else {
    buildEnv.SANITY_PROJECT_ID = content.projectId;
    buildEnv.SANITY_DATASET = content.dataset;
    buildEnv.SANITY_API_VERSION = content.apiVersion;
    // The build needs the read token to fetch content; it stays server-side (the site never prints it).
    if (content.token !== undefined) buildEnv.SANITY_READ_TOKEN = content.token;
  }
  if (content.strictRepairs) buildEnv.STRICT = 'repairs';
  else if (content.strict) buildEnv.STRICT = '1';
  if (siteUrl !== undefined) buildEnv.SITE_URL = siteUrl;
  if (apiHost !== undefined) buildEnv.SANITY_API_HOST = apiHost;

  const secrets = [webhookSecret, previewSecret];
  if (content.kind === 'sanity' && content.token !== undefined) secrets.push(content.token);
  // The write token stays in the server process: it joins the scrubbed secrets and never buildEnv.
  if (writeToken !== undefined) secrets.push(writeToken);
  const participationSanity = participationDataset !== undefined && writeToken !== undefined ? { dataset: participationDataset, token: writeToken } : undefined;

  return {
    webhookSecret,
    previewSecret,
    publishRoot,
    port,
    host,
    siteUrl,
    apiHost,
    content,
    repoRoot,
    buildEnv,
    secrets,
    participationDir,
    participationSanity,
    intakeMaxUploadBytes: intakeMaxUploadMb * 1048576,
  };
}
