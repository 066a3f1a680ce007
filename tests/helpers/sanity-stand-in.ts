// A loopback stand-in of Sanity's Content Lake HTTP API for tests: the query endpoint (GET and POST,
// perspectives, `$param`s), the mutation endpoint and the asset CDN paths, on 127.0.0.1 with a random
// port. It is the network boundary the house rules allow us to mock: everything on our side (the
// build, @sanity/client, @sanity/image-url) talks to it exactly as it would to Sanity.
//
// Rules reproduced from Sanity's documentation (HTTP reference: Query, Mutation, Perspectives):
// - perspectives: `published` (default since API 2025-02-19) hides `drafts.**` and `versions.**`;
//   `drafts` (alias `previewDrafts`) overlays each draft on its published document and returns it
//   under the published `_id`, with the stored id in `_originalId`; `raw` returns everything.
//   Any perspective but `published` needs a token (401 otherwise).
// - documents whose id has a dot-path (`drafts.x`, `secrets.x`, `province.x`) are visible only to
//   authenticated requests; a wrong token is refused outright (401), as Sanity does.
// - mutations are transactional (all or nothing), always need the token, and maintain `_rev`,
//   `_createdAt` and `_updatedAt`.
// - asset URLs: `/images/<projectId>/<dataset>/<sha1>-<w>x<h>.<ext>` and `/files/…/<sha1>.<ext>`;
//   image transformation parameters are ignored (the original bytes are served).
//
// - asset upload (HTTP reference: Assets): `POST /v<version>/assets/files/<dataset>?filename=…` with the
//   bytes as the body needs the token; the file is stored under its SHA-1 (uploading the same bytes
//   twice gives the same asset) and a `sanity.fileAsset` document (`file-<sha1>-<ext>`) is created and
//   answered as `{ document }`. Deleting that document deletes the file, as Sanity does.
// - dataset visibility (`aclMode`): in a `public` dataset the unauthenticated identity ("everyone")
//   reads documents on the root path; in a `private` dataset it has no read grant at all, so an
//   unauthenticated query sees no document (Sanity answers as if the dataset were empty). Asset files
//   stay public by URL in both modes: Sanity's asset CDN serves dataset assets to anyone who has the URL.
//
// The token is compared but never stored in the request log.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, evaluateSync, parse, type ExprNode } from 'groq-js';
import { ASSET_MIME_TYPES } from '../../site/src/lib/content/dataset.ts';

export interface StandInDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [field: string]: unknown;
}

export type Perspective = 'published' | 'drafts' | 'raw';

export interface StandInRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  kind: 'query' | 'mutate' | 'asset' | 'upload' | 'other';
  /** The perspective a query asked for (after the `previewDrafts` alias), undefined for others. */
  perspective: Perspective | undefined;
  /** Whether an `Authorization: Bearer …` header was sent (the token itself is never kept). */
  hadToken: boolean;
  status: number;
}

/** An asset's bytes: a file on disk or a buffer. Keyed by the CDN file name (`<sha1>-<w>x<h>.<ext>`). */
export type StandInAsset = { path: string } | { bytes: Buffer };

export interface SanityStandInOptions {
  projectId?: string;
  dataset?: string;
  /** The token authenticated requests must carry. Unset: every authenticated request is refused. */
  token?: string;
  documents?: readonly StandInDocument[];
  /** Seed documents and assets from a Sanity export folder (`data.ndjson`, `images/`, `files/`). */
  exportDir?: string;
  /** Dataset visibility: `private` hides every document from unauthenticated queries. Default `public`. */
  aclMode?: 'public' | 'private';
}

export type Mutation =
  | { create: Partial<StandInDocument> & { _type: string } }
  | { createOrReplace: StandInDocument }
  | { createIfNotExists: StandInDocument }
  | { delete: { id: string } | { query: string; params?: Record<string, unknown> } }
  | { patch: PatchOperation };

export interface PatchOperation {
  id: string;
  ifRevisionID?: string;
  set?: Record<string, unknown>;
  setIfMissing?: Record<string, unknown>;
  unset?: string[];
  inc?: Record<string, number>;
  dec?: Record<string, number>;
}

export interface MutateOptions {
  returnIds?: boolean;
  returnDocuments?: boolean;
}

export interface MutationResult {
  transactionId: string;
  results: { id: string; operation: 'create' | 'update' | 'delete' | 'none'; document?: StandInDocument }[];
  documentIds?: string[];
}

/** A mutation Sanity would refuse: the status and body it would answer with. */
export class StandInMutationError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, description: string, type = 'mutationError') {
    super(description);
    this.status = status;
    this.body = { error: { type, description, items: [] } };
  }
}

export interface SanityStandIn {
  /** Origin, e.g. `http://127.0.0.1:40123` (use as SANITY_API_HOST / apiHost). */
  readonly url: string;
  readonly projectId: string;
  readonly dataset: string;
  /** Every request received, oldest first. Tests may clear it with `requests.length = 0`. */
  readonly requests: StandInRequest[];
  /** The next `count` requests (any endpoint) are answered with `status`. */
  failNext(count: number, status?: number): void;
  /** Every request is answered with `status` until called with null. */
  failAll(status: number | null): void;
  /** A copy of every stored document, drafts included. */
  documents(): StandInDocument[];
  /** Replaces the dataset (system fields are added where missing). */
  setDocuments(documents: readonly StandInDocument[]): void;
  /** Applies mutations as the HTTP endpoint does; throws `StandInMutationError` when Sanity would refuse. */
  mutate(mutations: readonly Mutation[], options?: MutateOptions): MutationResult;
  /** Serves bytes at the asset URL of `assetId` (`image-<sha1>-<w>x<h>-<ext>` or `file-<sha1>-<ext>`). */
  setAsset(assetId: string, asset: StandInAsset): void;
  /** The CDN URL the stand-in serves an asset id at. */
  assetUrl(assetId: string): string;
  close(): Promise<void>;
}

/** The bundled sample export (site/dataset). */
export const SAMPLE_EXPORT_DIR = fileURLToPath(new URL('../../site/dataset/', import.meta.url));

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const DATA_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/(query|mutate)\/([^/]+)$/;
const ASSET_PATH = /^\/(images|files)\/([^/]+)\/([^/]+)\/([A-Za-z0-9._-]+)$/;
const UPLOAD_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/assets\/files\/([^/]+)$/;
const FILE_EXTENSION = /\.([A-Za-z0-9]{1,10})$/;
const IMAGE_ASSET_ID = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/i;
const FILE_ASSET_ID = /^file-([a-f0-9]+)-([a-z0-9]+)$/i;

function contentTypeOf(name: string): string {
  return ASSET_MIME_TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

const newRev = (): string => randomBytes(11).toString('base64url');
const clone = <T>(value: T): T => structuredClone(value);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `drafts.x` → `x`; other ids unchanged. */
function publishedIdOf(id: string): string {
  return id.startsWith('drafts.') ? id.slice('drafts.'.length) : id;
}

/** Sanity hides documents in a dot-path from unauthenticated requests, even in a public dataset. */
function isPrivateId(id: string): boolean {
  return id.includes('.');
}

function isDraftOrVersion(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.');
}

/** The documents a query sees under `perspective`. */
export function perspectiveView(documents: readonly StandInDocument[], perspective: Perspective, authenticated: boolean): StandInDocument[] {
  const visible = authenticated ? documents : documents.filter((doc) => !isPrivateId(doc._id));
  if (perspective === 'raw') return visible.map(clone);
  if (perspective === 'published') return visible.filter((doc) => !isDraftOrVersion(doc._id)).map(clone);
  // drafts: a draft replaces its published document and takes its id; the stored id is `_originalId`.
  const byId = new Map<string, StandInDocument>();
  for (const doc of visible) {
    if (doc._id.startsWith('versions.')) continue;
    const id = publishedIdOf(doc._id);
    const isDraft = doc._id !== id;
    if (!isDraft && byId.has(id)) continue; // the draft already won
    byId.set(id, { ...clone(doc), _id: id, _originalId: doc._id });
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------------------------------------------
// Seeding from a Sanity export, the way `sanity dataset import` does it: each `_sanityAsset` string
// becomes an `asset` reference to a `sanity.imageAsset` / `sanity.fileAsset` document.

const SANITY_ASSET = /^(image|file)@file:\/\/\.\/(images|files)\/([A-Za-z0-9._-]+)$/;
const IMAGE_FILE = /^([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i;
const FILE_FILE = /^([a-f0-9]+)\.([a-z0-9]+)$/i;

interface ExportAsset {
  id: string;
  kind: 'image' | 'file';
  fileName: string;
  path: string;
}

function exportAsset(dir: string, reference: string): ExportAsset | undefined {
  const match = SANITY_ASSET.exec(reference);
  if (!match) return undefined;
  const [, kind, folder, fileName] = match as unknown as [string, 'image' | 'file', string, string];
  const path = join(dir, folder, fileName);
  if (kind === 'image') {
    const parts = IMAGE_FILE.exec(fileName);
    if (!parts) return undefined;
    return { id: `image-${parts[1]}-${parts[2]}x${parts[3]}-${parts[4]}`, kind, fileName, path };
  }
  const parts = FILE_FILE.exec(fileName);
  if (!parts) return undefined;
  return { id: `file-${parts[1]}-${parts[2]}`, kind, fileName, path };
}

interface ExportContents {
  documents: StandInDocument[];
  assets: Map<string, ExportAsset>;
}

function readExport(dir: string): ExportContents {
  const assets = new Map<string, ExportAsset>();
  const replaceAssets = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replaceAssets);
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const asset = key === '_sanityAsset' && typeof inner === 'string' ? exportAsset(dir, inner) : undefined;
      if (asset && existsSync(asset.path)) {
        assets.set(asset.id, asset);
        out.asset = { _type: 'reference', _ref: asset.id };
      } else out[key] = replaceAssets(inner);
    }
    return out;
  };
  const documents = readFileSync(join(dir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => replaceAssets(JSON.parse(line)) as StandInDocument);
  return { documents, assets };
}

function readAssetMeta(dir: string): Map<string, Record<string, unknown>> {
  const file = join(dir, 'assets.json');
  if (!existsSync(file)) return new Map();
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(isRecord(parsed) ? Object.entries(parsed).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1])) : []);
}

// ---------------------------------------------------------------------------------------------------
// Patches: simple attribute paths (`a.b`, `a[0].b`) — what our tests and the Studio's simple edits use.

function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (part[2] !== undefined) segments.push(Number(part[2]));
    else if (part[1] !== undefined) segments.push(part[1]);
  }
  if (segments.length === 0) throw new StandInMutationError(400, `Invalid patch path ${JSON.stringify(path)}`);
  return segments;
}

function getAt(doc: unknown, segments: readonly (string | number)[]): unknown {
  let node = doc;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function setAt(doc: Record<string, unknown>, segments: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = doc;
  segments.slice(0, -1).forEach((segment, index) => {
    const next = node[segment];
    if (next === null || typeof next !== 'object') node[segment] = typeof segments[index + 1] === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
  node[segments.at(-1)!] = clone(value);
}

function unsetAt(doc: Record<string, unknown>, segments: readonly (string | number)[]): void {
  const parent = getAt(doc, segments.slice(0, -1));
  const last = segments.at(-1)!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isRecord(parent)) delete parent[last];
}

function applyPatch(doc: StandInDocument, patch: PatchOperation): StandInDocument {
  const next = clone(doc);
  for (const [path, value] of Object.entries(patch.setIfMissing ?? {})) {
    const segments = pathSegments(path);
    if (getAt(next, segments) === undefined) setAt(next, segments, value);
  }
  for (const [path, value] of Object.entries(patch.set ?? {})) setAt(next, pathSegments(path), value);
  for (const path of patch.unset ?? []) unsetAt(next, pathSegments(path));
  for (const [sign, ops] of [[1, patch.inc], [-1, patch.dec]] as const) {
    for (const [path, by] of Object.entries(ops ?? {})) {
      const segments = pathSegments(path);
      const current = getAt(next, segments);
      if (typeof current === 'number') setAt(next, segments, current + sign * by);
    }
  }
  // Patches cannot change what a document is.
  next._id = doc._id;
  next._type = doc._type;
  return next;
}

// ---------------------------------------------------------------------------------------------------

function referencedParams(tree: ExprNode): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      // Parameters bound by custom `fn` declarations are not request parameters.
      if (node.type === 'FuncDeclaration' || node.type === 'FunctionDeclaration') return;
      if (node.type === 'Parameter' && typeof node.name === 'string') names.add(node.name);
      Object.values(node).forEach(visit);
    }
  };
  visit(tree);
  return [...names];
}

function queryError(status: number, description: string, extra: Record<string, unknown> = {}): { status: number; body: unknown } {
  return { status, body: { error: { description, type: 'queryParseError', ...extra } } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function unauthorized(res: ServerResponse, message: string): number {
  send(res, 401, { statusCode: 401, error: 'Unauthorized', message });
  return 401;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function startSanityStandIn(options: SanityStandInOptions = {}): Promise<SanityStandIn> {
  const projectId = options.projectId ?? 'standin';
  const dataset = options.dataset ?? 'production';
  const aclMode = options.aclMode ?? 'public';
  const expectedToken = options.token === undefined ? undefined : Buffer.from(options.token);
  const store = new Map<string, StandInDocument>();
  const assets = new Map<string, StandInAsset>();
  const requests: StandInRequest[] = [];
  let failCount = 0;
  let failStatus = 500;
  let failAlways: number | null = null;
  let origin = '';

  const withSystemFields = (doc: StandInDocument, now: string, previous?: StandInDocument): StandInDocument => ({
    ...clone(doc),
    _createdAt: previous?._createdAt ?? doc._createdAt ?? now,
    _updatedAt: now,
    _rev: newRev(),
  });

  const setDocuments = (documents: readonly StandInDocument[]): void => {
    store.clear();
    const now = new Date().toISOString();
    for (const doc of documents) {
      if (typeof doc._id !== 'string' || typeof doc._type !== 'string') throw new TypeError('Every document needs a string _id and _type.');
      // System fields given by the caller (e.g. a fixed `_updatedAt`) are kept.
      store.set(doc._id, { _createdAt: now, _updatedAt: now, _rev: newRev(), ...clone(doc) });
    }
  };

  const fileNameOf = (assetId: string): { folder: 'images' | 'files'; name: string } => {
    const image = IMAGE_ASSET_ID.exec(assetId);
    if (image) return { folder: 'images', name: `${image[1]}-${image[2]}x${image[3]}.${image[4]}` };
    const file = FILE_ASSET_ID.exec(assetId);
    if (file) return { folder: 'files', name: `${file[1]}.${file[2]}` };
    throw new TypeError(`Not a Sanity asset id: ${JSON.stringify(assetId)}`);
  };
  const assetUrl = (assetId: string): string => {
    const { folder, name } = fileNameOf(assetId);
    return `${origin}/${folder}/${projectId}/${dataset}/${name}`;
  };
  const setAsset = (assetId: string, asset: StandInAsset): void => {
    const { folder, name } = fileNameOf(assetId);
    assets.set(`${folder}/${name}`, asset);
  };

  const mutate = (mutations: readonly Mutation[], mutateOptions: MutateOptions = {}): MutationResult => {
    // Transactional: work on a copy, commit only if every mutation succeeds.
    const next = new Map(store);
    const now = new Date().toISOString();
    const results: MutationResult['results'] = [];
    const deletedAssets: string[] = [];
    for (const mutation of mutations) {
      if ('create' in mutation) {
        const body = mutation.create;
        let id = typeof body._id === 'string' && body._id !== '' ? body._id : randomUUID();
        if (id.endsWith('.')) id += randomUUID();
        if (next.has(id)) throw new StandInMutationError(409, `Document by ID "${id}" already exists`);
        const doc = withSystemFields({ ...body, _id: id } as StandInDocument, now);
        next.set(id, doc);
        results.push({ id, operation: 'create', document: doc });
      } else if ('createOrReplace' in mutation) {
        const body = mutation.createOrReplace;
        const previous = next.get(body._id);
        const doc = withSystemFields(body, now, previous);
        next.set(body._id, doc);
        results.push({ id: body._id, operation: previous ? 'update' : 'create', document: doc });
      } else if ('createIfNotExists' in mutation) {
        const body = mutation.createIfNotExists;
        const previous = next.get(body._id);
        if (previous) results.push({ id: body._id, operation: 'none', document: previous });
        else {
          const doc = withSystemFields(body, now);
          next.set(body._id, doc);
          results.push({ id: body._id, operation: 'create', document: doc });
        }
      } else if ('delete' in mutation) {
        const selector = mutation.delete;
        const ids = 'id' in selector ? [selector.id] : selectIds(next, selector.query, selector.params ?? {});
        for (const id of ids) {
          if (next.delete(id)) {
            results.push({ id, operation: 'delete' });
            if (FILE_ASSET_ID.test(id)) deletedAssets.push(id);
          } else results.push({ id, operation: 'none' });
        }
      } else if ('patch' in mutation) {
        const patch = mutation.patch;
        const previous = next.get(patch.id);
        if (!previous) throw new StandInMutationError(404, `Document "${patch.id}" not found`, 'documentNotFoundError');
        if (patch.ifRevisionID !== undefined && patch.ifRevisionID !== previous._rev) {
          throw new StandInMutationError(409, `Document "${patch.id}" has unexpected revision ID ("${previous._rev}"), expected "${patch.ifRevisionID}"`);
        }
        const doc = withSystemFields(applyPatch(previous, patch), now, previous);
        next.set(patch.id, doc);
        results.push({ id: patch.id, operation: 'update', document: doc });
      } else {
        throw new StandInMutationError(400, `Unsupported mutation ${JSON.stringify(Object.keys(mutation))}`);
      }
    }
    store.clear();
    for (const [id, doc] of next) store.set(id, doc);
    // Deleting an asset document deletes its file from the CDN.
    for (const id of deletedAssets) {
      const { folder, name } = fileNameOf(id);
      assets.delete(`${folder}/${name}`);
    }
    const transactionId = randomUUID();
    return {
      transactionId,
      results: results.map(({ id, operation, document }) => ({
        id,
        operation,
        ...(mutateOptions.returnDocuments && document ? { document: clone(document) } : {}),
      })),
      ...(mutateOptions.returnIds ? { documentIds: results.map((r) => r.id) } : {}),
    };
  };

  // Delete by query: groq-js's synchronous evaluator keeps `mutate` synchronous.
  function selectIds(documents: Map<string, StandInDocument>, query: string, params: Record<string, unknown>): string[] {
    let value: unknown;
    try {
      value = evaluateSync(parse(query, { params }), { dataset: [...documents.values()], params }).data;
    } catch (error) {
      throw new StandInMutationError(400, error instanceof Error ? error.message : String(error));
    }
    return (Array.isArray(value) ? value : [value]).flatMap((doc) => (isRecord(doc) && typeof doc._id === 'string' ? [doc._id] : []));
  }

  // Asset documents need the origin (their `url`), known only after listen(); completed below.
  let exportSeed: { assets: Map<string, ExportAsset>; meta: Map<string, Record<string, unknown>> } | undefined;
  if (options.exportDir !== undefined) {
    const { documents, assets: exported } = readExport(options.exportDir);
    exportSeed = { assets: exported, meta: readAssetMeta(options.exportDir) };
    const assetDocs: StandInDocument[] = [];
    for (const asset of exported.values()) {
      setAsset(asset.id, { path: asset.path });
      assetDocs.push({ _id: asset.id, _type: asset.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset' }); // completed once the origin is known
    }
    setDocuments([...documents, ...assetDocs.filter((doc) => !documents.some((d) => d._id === doc._id))]);
  } else if (options.documents) {
    setDocuments(options.documents);
  }

  const authenticate = (req: IncomingMessage): 'none' | 'valid' | 'invalid' => {
    const header = req.headers.authorization;
    if (header === undefined) return 'none';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match || expectedToken === undefined) return 'invalid';
    const given = Buffer.from(match[1]!);
    return given.length === expectedToken.length && timingSafeEqual(given, expectedToken) ? 'valid' : 'invalid';
  };

  async function handleQuery(req: IncomingMessage, res: ServerResponse, url: URL, authenticated: boolean, log: StandInRequest): Promise<number> {
    let query: string | null = url.searchParams.get('query');
    let params: Record<string, unknown> = {};
    let returnQuery = url.searchParams.get('returnQuery') !== 'false';
    if (req.method === 'POST') {
      const body = await readBody(req);
      if (body === undefined) return sendError(res, queryError(413, 'Request body too large'));
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return sendError(res, queryError(400, 'Request body is not valid JSON'));
      }
      if (!isRecord(parsed)) return sendError(res, queryError(400, 'Request body must be an object'));
      query = typeof parsed.query === 'string' ? parsed.query : null;
      params = isRecord(parsed.params) ? parsed.params : {};
    } else {
      for (const [key, value] of url.searchParams) {
        if (!key.startsWith('$')) continue;
        try {
          params[key.slice(1)] = JSON.parse(value);
        } catch {
          return sendError(res, queryError(400, `Parameter "${key}" is not valid JSON`));
        }
      }
    }
    if (url.searchParams.get('returnQuery') === 'false') returnQuery = false;
    const requested = url.searchParams.get('perspective') ?? 'published';
    const perspective: Perspective | undefined =
      requested === 'previewDrafts' || requested === 'drafts' ? 'drafts' : requested === 'published' || requested === 'raw' ? requested : undefined;
    log.perspective = perspective;
    if (perspective === undefined) return sendError(res, queryError(400, `Invalid perspective "${requested}"`, { type: 'validationError' }));
    if (perspective !== 'published' && !authenticated) {
      return unauthorized(res, `The "${requested}" perspective requires an authenticated request`);
    }
    if (query === null || query.trim() === '') return sendError(res, queryError(400, 'Missing query'));

    const started = performance.now();
    let tree: ExprNode;
    try {
      tree = parse(query, { params });
    } catch (error) {
      const position = isRecord(error) && typeof error.position === 'number' ? error.position : 0;
      const message = error instanceof Error ? error.message : String(error);
      return sendError(res, queryError(400, message, { query, start: position, end: position + 1 }));
    }
    const missing = referencedParams(parse(query)).find((name) => !(name in params));
    if (missing !== undefined) return sendError(res, queryError(400, `param $${missing} referenced, but not provided`, { query }));
    let result: unknown;
    try {
      const view = aclMode === 'private' && !authenticated ? [] : perspectiveView([...store.values()], perspective, authenticated);
      result = await (await evaluate(tree, { dataset: view, params })).get();
    } catch (error) {
      return sendError(res, queryError(400, error instanceof Error ? error.message : String(error), { query, type: 'queryEvaluationError' }));
    }
    const ms = Math.round(performance.now() - started);
    send(res, 200, { ms, ...(returnQuery ? { query } : {}), result: result === undefined ? null : result });
    return 200;
  }

  async function handleMutate(req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> {
    const body = await readBody(req);
    if (body === undefined) return sendError(res, queryError(413, 'Request body too large', { type: 'mutationError' }));
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, queryError(400, 'Request body is not valid JSON', { type: 'mutationError' }));
    }
    if (!isRecord(parsed) || !Array.isArray(parsed.mutations)) {
      return sendError(res, queryError(400, 'Request body must be an object with a "mutations" array', { type: 'mutationError' }));
    }
    const mutations = parsed.mutations as Mutation[];
    try {
      const result = mutate(mutations, {
        returnIds: url.searchParams.get('returnIds') === 'true',
        returnDocuments: url.searchParams.get('returnDocuments') === 'true',
      });
      send(res, 200, result);
      return 200;
    } catch (error) {
      if (error instanceof StandInMutationError) {
        send(res, error.status, error.body);
        return error.status;
      }
      return sendError(res, queryError(400, error instanceof Error ? error.message : String(error), { type: 'mutationError' }));
    }
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> {
    const body = await readBody(req);
    if (body === undefined) return sendError(res, queryError(413, 'Request body too large', { type: 'uploadError' }));
    const sha1 = createHash('sha1').update(body).digest('hex');
    const filename = url.searchParams.get('filename') ?? undefined;
    const mimeType = (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
    const extension = (filename && FILE_EXTENSION.exec(filename)?.[1]?.toLowerCase()) || 'bin';
    const id = `file-${sha1}-${extension}`;
    const existing = store.get(id);
    if (existing) {
      send(res, 200, { document: clone(existing) });
      return 200;
    }
    setAsset(id, { bytes: body });
    const now = new Date().toISOString();
    const document: StandInDocument = {
      _id: id,
      _type: 'sanity.fileAsset',
      _createdAt: now,
      _updatedAt: now,
      _rev: newRev(),
      assetId: sha1,
      sha1hash: sha1,
      extension,
      mimeType,
      size: body.length,
      path: `files/${projectId}/${dataset}/${sha1}.${extension}`,
      url: assetUrl(id),
      ...(filename === undefined ? {} : { originalFilename: filename }),
      uploadId: randomUUID(),
    };
    store.set(id, document);
    send(res, 200, { document: clone(document) });
    return 200;
  }

  function sendError(res: ServerResponse, error: { status: number; body: unknown }): number {
    send(res, error.status, error.body);
    return error.status;
  }

  async function handleAsset(res: ServerResponse, match: RegExpExecArray): Promise<number> {
    const [, folder, project, set, name] = match as unknown as [string, string, string, string, string];
    const asset = project === projectId && set === dataset ? assets.get(`${folder}/${name}`) : undefined;
    if (!asset) {
      send(res, 404, { statusCode: 404, error: 'Not Found', message: 'Asset not found' });
      return 404;
    }
    const bytes = 'bytes' in asset ? asset.bytes : await readFile(asset.path);
    res.writeHead(200, { 'content-type': contentTypeOf(name), 'content-length': bytes.length, 'cache-control': 'public, max-age=31536000' });
    res.end(bytes);
    return 200;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const data = DATA_PATH.exec(url.pathname);
    const asset = ASSET_PATH.exec(url.pathname);
    const upload = UPLOAD_PATH.exec(url.pathname);
    const auth = authenticate(req);
    const log: StandInRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      kind: data ? (data[2] as 'query' | 'mutate') : asset ? 'asset' : upload ? 'upload' : 'other',
      perspective: undefined,
      hadToken: auth !== 'none',
      status: 0,
    };
    requests.push(log);
    try {
      const injected = failAlways ?? (failCount > 0 ? (failCount--, failStatus) : null);
      if (injected !== null) {
        req.resume();
        send(res, injected, { statusCode: injected, error: 'Internal Server Error', message: 'Stand-in failure injected by the test' });
        log.status = injected;
        return;
      }
      if (auth === 'invalid') {
        req.resume();
        log.status = unauthorized(res, 'Session not found');
        return;
      }
      if (asset && (req.method === 'GET' || req.method === 'HEAD')) {
        log.status = await handleAsset(res, asset);
      } else if (upload && req.method === 'POST') {
        if (upload[2] !== dataset) {
          req.resume();
          send(res, 404, { statusCode: 404, error: 'Not Found', message: `Dataset "${upload[2]}" not found` });
          log.status = 404;
        } else if (auth !== 'valid') {
          req.resume();
          log.status = unauthorized(res, 'Uploading assets requires an authenticated request');
        } else log.status = await handleUpload(req, res, url);
      } else if (data && data[3] !== dataset) {
        req.resume();
        send(res, 404, { statusCode: 404, error: 'Not Found', message: `Dataset "${data[3]}" not found` });
        log.status = 404;
      } else if (data?.[2] === 'query' && (req.method === 'GET' || req.method === 'POST')) {
        log.status = await handleQuery(req, res, url, auth === 'valid', log);
      } else if (data?.[2] === 'mutate' && req.method === 'POST') {
        if (auth !== 'valid') {
          req.resume();
          log.status = unauthorized(res, 'Mutations require an authenticated request');
        } else log.status = await handleMutate(req, res, url);
      } else {
        req.resume();
        send(res, 404, { statusCode: 404, error: 'Not Found', message: 'Unknown endpoint' });
        log.status = 404;
      }
    } catch (error) {
      if (!res.headersSent) send(res, 500, { statusCode: 500, error: 'Internal Server Error', message: String(error) });
      log.status = 500;
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Asset documents as Sanity's importer writes them (url and path point at this stand-in's CDN).
  if (exportSeed) {
    const pending = exportSeed;
    for (const asset of pending.assets.values()) {
      const sha1 = asset.id.split('-')[1]!;
      const extra = pending.meta.get(asset.id) ?? pending.meta.get(`${asset.kind}-${sha1}`) ?? {};
      const extension = asset.fileName.slice(asset.fileName.lastIndexOf('.') + 1);
      const { folder } = fileNameOf(asset.id);
      const size = IMAGE_FILE.exec(asset.fileName);
      const width = size ? Number(size[2]) : 0;
      const height = size ? Number(size[3]) : 0;
      const previous = store.get(asset.id)!;
      store.set(asset.id, {
        ...previous,
        assetId: sha1,
        sha1hash: sha1,
        extension,
        mimeType: contentTypeOf(asset.fileName),
        size: statSync(asset.path).size,
        path: `${folder}/${projectId}/${dataset}/${asset.fileName}`,
        url: assetUrl(asset.id),
        ...(typeof extra.originalFilename === 'string' ? { originalFilename: extra.originalFilename } : {}),
        ...(typeof extra.creditLine === 'string' ? { creditLine: extra.creditLine } : {}),
        ...(asset.kind === 'image'
          ? {
              metadata: {
                _type: 'sanity.imageMetadata',
                dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: height === 0 ? 0 : width / height },
              },
            }
          : {}),
      });
    }
  }

  return {
    url: origin,
    projectId,
    dataset,
    requests,
    failNext(count: number, status = 500) {
      failCount = count;
      failStatus = status;
    },
    failAll(status: number | null) {
      failAlways = status;
    },
    documents: () => [...store.values()].map(clone),
    setDocuments,
    mutate,
    setAsset,
    assetUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A stand-in seeded with the bundled sample export, as `sanity dataset import site/dataset` would. */
export function startSampleStandIn(options: Omit<SanityStandInOptions, 'exportDir' | 'documents'> = {}): Promise<SanityStandIn> {
  return startSanityStandIn({ ...options, exportDir: SAMPLE_EXPORT_DIR });
}
