/**
 * Content configuration, read from the environment once and validated.
 *
 * Two sources exist: a local Sanity export (folder or `.tar.gz`, the default being the bundled
 * `site/dataset/`) and a live Sanity project. Every misconfiguration becomes a `ContentConfigError`
 * whose message is one Vietnamese sentence naming the variable, because that message is all the build
 * prints.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ContentConfigError } from './errors.ts';

export { ContentConfigError } from './errors.ts';

/**
 * Pinned so a Sanity API change never alters the site silently. 2025-02-19 is the first version whose
 * default perspective is `published`; we still ask for it explicitly on every request.
 */
export const DEFAULT_SANITY_API_VERSION = '2025-02-19';

export interface LocalContentConfig {
  kind: 'local';
  /** Absolute path of an export folder or `.tar.gz`. */
  datasetPath: string;
  /**
   * `CONTENT_OVERLAY`: absolute path of an NDJSON file merged over the dataset by `_id` (the site
   * server's published contest results, see overlay.ts). A missing file is no overlay.
   */
  overlayPath?: string;
  /** Fail the build on any content error (`STRICT=1`, `--strict`, and also in the repairs mode). */
  strict: boolean;
  /** Also fail when any repair was made (`STRICT=repairs`, `--strict=repairs`). Implies `strict`. */
  strictRepairs: boolean;
}

export interface SanityContentConfig {
  kind: 'sanity';
  projectId: string;
  dataset: string;
  apiVersion: string;
  /** Server-only read token; never logged, never passed to client code. */
  token: string | undefined;
  /**
   * `SANITY_API_HOST`: an origin (`https://proxy.example`, or `http://127.0.0.1:PORT` for a loopback
   * stand-in) used instead of `https://<projectId>.api.sanity.io` for queries and instead of
   * `https://cdn.sanity.io` for assets. Unset: Sanity's own hosts.
   */
  apiHost?: string;
  strict: boolean;
  strictRepairs: boolean;
}

export type ContentConfig = LocalContentConfig | SanityContentConfig;

export type Env = Readonly<Record<string, string | undefined>>;

// Values are echoed in messages to help the reader; cap them so a pasted blob cannot flood the log.
function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** CI systems often export variables as empty strings; treat those as unset. */
const optional = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

const RawEnv = z.object({
  CONTENT_DATASET: optional,
  CONTENT_OVERLAY: optional,
  SANITY_PROJECT_ID: optional,
  SANITY_DATASET: optional,
  SANITY_API_VERSION: optional,
  SANITY_READ_TOKEN: optional,
  SANITY_API_HOST: optional,
  STRICT: optional,
  INIT_CWD: optional,
});

// Sanity's own rules: project ids are lowercase alphanumerics; dataset names lowercase, digits, `_`
// and `-`, starting with a letter or digit, at most 64 characters.
const PROJECT_ID = /^[a-z0-9]+$/;
const DATASET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const API_VERSION = /^v?(\d{4}-\d{2}-\d{2})$/;

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on']);
const FALSE_VALUES = new Set(['0', 'false', 'no', 'off']);

/** Strict mode: off, fail on errors, or fail on errors and on any repair. */
export type StrictMode = false | 'errors' | 'repairs';

/** Parses `STRICT`: 1/true/yes/on → errors, `repairs` → repairs, 0/false/no/off or unset → off. */
export function parseStrictMode(value: string | undefined): StrictMode {
  const normalised = value?.trim().toLowerCase() ?? '';
  if (normalised === '' || FALSE_VALUES.has(normalised)) return false;
  if (TRUE_VALUES.has(normalised)) return 'errors';
  if (normalised === 'repairs') return 'repairs';
  throw new ContentConfigError(
    'STRICT',
    `STRICT không hợp lệ (${shown(value ?? '')}): dùng 1 hoặc true để bật chế độ nghiêm ngặt, repairs để dừng cả khi nội dung phải tự sửa, 0 hoặc false để tắt.`,
  );
}

/** Parses `STRICT` as on/off (the repairs mode counts as on). */
export function parseStrictFlag(value: string | undefined): boolean {
  return parseStrictMode(value) !== false;
}

/** The stricter of `STRICT` and the command line (`--strict`, `--strict=repairs`). */
function strictModeOf(value: string | undefined, argv: readonly string[]): StrictMode {
  const fromEnv = parseStrictMode(value);
  if (fromEnv === 'repairs' || argv.includes('--strict=repairs')) return 'repairs';
  return fromEnv === 'errors' || argv.includes('--strict') ? 'errors' : false;
}

/**
 * The bundled sample dataset. Resolved from this module's location, not the working directory; when
 * Vite bundles this file into a build chunk the relative path no longer holds, so we walk up to the
 * site package (`@guong-sang/site`) instead of guessing the chunk's depth.
 */
export function defaultDatasetPath(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
        if (name === '@guong-sang/site') return join(dir, 'dataset');
      } catch {
        // An unreadable package.json is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Unbundled layout: site/src/lib/content/config.ts → site/dataset.
  return fileURLToPath(new URL('../../../dataset', moduleUrl));
}

function checkDatasetPath(path: string): void {
  if (!existsSync(path)) {
    throw new ContentConfigError(
      'CONTENT_DATASET',
      `CONTENT_DATASET trỏ tới ${shown(path)} nhưng ở đó không có thư mục hay tệp nào.`,
    );
  }
  const stat = statSync(path);
  const isTarball = stat.isFile() && /\.(tar\.gz|tgz)$/i.test(path);
  if (!stat.isDirectory() && !isTarball) {
    throw new ContentConfigError(
      'CONTENT_DATASET',
      `CONTENT_DATASET phải là thư mục xuất của Sanity hoặc tệp .tar.gz, nhưng ${shown(path)} không phải.`,
    );
  }
}

// Plain http would carry the read token (and draft content) readable by anyone on the path, so it is
// accepted only for this machine's own loopback addresses (a stand-in in tests, a local proxy).
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * `SANITY_API_HOST` → its origin, or a `ContentConfigError`. Only a bare origin is accepted: a path,
 * query or fragment would be silently dropped or mangled by @sanity/client and @sanity/image-url, and
 * credentials in the URL would end up in logs.
 */
export function parseApiHost(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ContentConfigError(
      'SANITY_API_HOST',
      `SANITY_API_HOST không hợp lệ (${shown(value)}): cần một địa chỉ gốc dạng https://tên-máy[:cổng], ví dụ https://api.example.vn.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    // The value holds a credential: never echo it.
    throw new ContentConfigError(
      'SANITY_API_HOST',
      'SANITY_API_HOST không được chứa tên đăng nhập hay mật khẩu: mã truy cập đã được gửi riêng qua SANITY_READ_TOKEN.',
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) {
    throw new ContentConfigError(
      'SANITY_API_HOST',
      `SANITY_API_HOST không hợp lệ (${shown(value)}): chỉ ghi địa chỉ gốc https://tên-máy[:cổng], không kèm đường dẫn, tham số hay dấu #.`,
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ContentConfigError(
      'SANITY_API_HOST',
      `SANITY_API_HOST phải dùng https (${shown(value)}): http không mã hóa chỉ được phép với máy này (127.0.0.1, localhost), vì mã truy cập và bản nháp sẽ bị lộ trên đường truyền.`,
    );
  }
  return url.origin;
}

/**
 * Validates `env` and returns the configuration, or throws `ContentConfigError`. Pure apart from fs
 * checks. Strict mode is decided here and nowhere else: `--strict` in `argv` or `STRICT=1`;
 * `--strict=repairs` or `STRICT=repairs` also fails on repairs.
 */
export function readContentConfig(env: Env = process.env, argv: readonly string[] = process.argv): ContentConfig {
  // Every field is an optional string, so parsing cannot fail except for non-string junk, which the
  // process environment never contains; the detailed rules follow, one sentence per variable.
  const vars = RawEnv.parse(env);
  const mode = strictModeOf(vars.STRICT, argv);
  const strict = mode !== false;
  const strictRepairs = mode === 'repairs';
  // Checked whenever set, so a typo is reported even before SANITY_PROJECT_ID is added.
  const apiHost = vars.SANITY_API_HOST === undefined ? undefined : parseApiHost(vars.SANITY_API_HOST);

  if (vars.SANITY_PROJECT_ID === undefined && vars.SANITY_DATASET !== undefined) {
    throw new ContentConfigError(
      'SANITY_PROJECT_ID',
      'SANITY_PROJECT_ID chưa được đặt: khi có SANITY_DATASET thì phải đặt cả SANITY_PROJECT_ID.',
    );
  }

  if (vars.SANITY_PROJECT_ID === undefined) {
    // Local mode. A relative CONTENT_DATASET is resolved against the directory the user typed the
    // command in: pnpm runs package scripts inside site/ but keeps the original directory in INIT_CWD.
    const base = vars.INIT_CWD ?? process.cwd();
    const datasetPath =
      vars.CONTENT_DATASET === undefined
        ? defaultDatasetPath()
        : isAbsolute(vars.CONTENT_DATASET)
          ? vars.CONTENT_DATASET
          : resolve(base, vars.CONTENT_DATASET);
    checkDatasetPath(datasetPath);
    const overlayPath =
      vars.CONTENT_OVERLAY === undefined ? undefined : isAbsolute(vars.CONTENT_OVERLAY) ? vars.CONTENT_OVERLAY : resolve(base, vars.CONTENT_OVERLAY);
    return { kind: 'local', datasetPath, ...(overlayPath === undefined ? {} : { overlayPath }), strict, strictRepairs };
  }

  if (vars.CONTENT_OVERLAY !== undefined) {
    throw new ContentConfigError(
      'CONTENT_OVERLAY',
      'CONTENT_OVERLAY chỉ dùng với dataset xuất sẵn: với dự án Sanity, kết quả công khai được ghi thẳng vào dataset công khai.',
    );
  }

  if (vars.CONTENT_DATASET !== undefined) {
    throw new ContentConfigError(
      'CONTENT_DATASET',
      'CONTENT_DATASET và SANITY_PROJECT_ID không được đặt cùng lúc: hãy chọn một nguồn nội dung, hoặc dataset xuất sẵn hoặc dự án Sanity.',
    );
  }
  if (!PROJECT_ID.test(vars.SANITY_PROJECT_ID)) {
    throw new ContentConfigError(
      'SANITY_PROJECT_ID',
      `SANITY_PROJECT_ID không hợp lệ (${shown(vars.SANITY_PROJECT_ID)}): mã dự án Sanity chỉ gồm chữ thường a–z và chữ số 0–9.`,
    );
  }
  if (vars.SANITY_DATASET === undefined) {
    throw new ContentConfigError(
      'SANITY_DATASET',
      'SANITY_DATASET chưa được đặt: khi có SANITY_PROJECT_ID thì phải đặt cả SANITY_DATASET.',
    );
  }
  if (!DATASET_NAME.test(vars.SANITY_DATASET)) {
    throw new ContentConfigError(
      'SANITY_DATASET',
      `SANITY_DATASET không hợp lệ (${shown(vars.SANITY_DATASET)}): tên dataset chỉ gồm chữ thường, chữ số, dấu _ và dấu -, bắt đầu bằng chữ hoặc số, dài tối đa 64 ký tự.`,
    );
  }

  const versionMatch = API_VERSION.exec(vars.SANITY_API_VERSION ?? DEFAULT_SANITY_API_VERSION);
  const apiVersion = versionMatch?.[1];
  if (apiVersion === undefined || Number.isNaN(Date.parse(`${apiVersion}T00:00:00Z`))) {
    throw new ContentConfigError(
      'SANITY_API_VERSION',
      `SANITY_API_VERSION không hợp lệ (${shown(vars.SANITY_API_VERSION ?? '')}): cần một ngày dạng YYYY-MM-DD, ví dụ ${DEFAULT_SANITY_API_VERSION}.`,
    );
  }

  const token = vars.SANITY_READ_TOKEN;
  if (token !== undefined && /\s/.test(token)) {
    // Never echo the token itself.
    throw new ContentConfigError(
      'SANITY_READ_TOKEN',
      'SANITY_READ_TOKEN không hợp lệ: mã truy cập không được chứa khoảng trắng hay xuống dòng.',
    );
  }

  return {
    kind: 'sanity',
    projectId: vars.SANITY_PROJECT_ID,
    dataset: vars.SANITY_DATASET,
    apiVersion,
    token,
    ...(apiHost === undefined ? {} : { apiHost }),
    strict,
    strictRepairs,
  };
}
