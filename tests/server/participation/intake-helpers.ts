/**
 * Shared set-up of the intake tests: the site server in-process on loopback with a temp data dir, a
 * hand-driven clock, and as content the bundled sample dataset plus a few test contests (an open one,
 * one not yet open, one that takes PDF only, one without online entries). Small real files of each kind.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { readServerConfig, repoRoot } from '../../../server/src/config.ts';
import type { Logger } from '../../../server/src/log.ts';
import { createSqliteStore } from '../../../server/src/participation/sqlite-store.ts';
import type { ParticipationStore, PublicRecordWriter, StoredDocument } from '../../../server/src/participation/store.ts';
import type { Clock } from '../../../server/src/scheduler.ts';
import { createSiteServer, type SiteServer } from '../../../server/src/server.ts';

export const SECRET = 'intake-test-secret-0123456789';
export const OPEN = 'contest.test-dang-mo';
export const NOT_YET = 'contest.test-sap-mo';
export const PDF_ONLY = 'contest.test-chi-pdf';
export const OFFLINE = 'contest.test-khong-truc-tuyen';
export const CLOSED_2025 = 'contest.nguoi-thay-trong-toi-2025';

const sample = join(repoRoot, 'site', 'dataset');

function contestsDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gs-intake-content-'));
  const limits = { _type: 'contestLimits', maxWords: 50, fileKinds: ['docx', 'pdf', 'audio', 'video'], maxFileMegabytes: 1 };
  const extra = [
    { _id: OPEN, _type: 'contest', title: 'Thầy cô trong mắt em (thử)', opensAt: '2026-09-01T00:00:00+07:00', closesAt: '2027-06-30T23:59:00+07:00', acceptsOnlineEntries: true, limits },
    { _id: NOT_YET, _type: 'contest', title: 'Cuộc thi sắp mở (thử)', opensAt: '2027-01-15T08:00:00+07:00', closesAt: '2027-06-30T23:59:00+07:00', limits },
    { _id: PDF_ONLY, _type: 'contest', title: 'Chỉ nhận PDF (thử)', opensAt: '2026-09-01T00:00:00+07:00', closesAt: '2027-06-30T23:59:00+07:00', limits: { ...limits, fileKinds: ['pdf'] } },
    { _id: OFFLINE, _type: 'contest', title: 'Chỉ nhận bài qua bưu điện (thử)', opensAt: '2026-09-01T00:00:00+07:00', closesAt: '2027-06-30T23:59:00+07:00', acceptsOnlineEntries: false, limits },
  ];
  writeFileSync(join(dir, 'data.ndjson'), `${readFileSync(join(sample, 'data.ndjson'), 'utf8').trimEnd()}\n${extra.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  // The contests are all the intake reads; asset metadata comes along, the asset files are not needed.
  if (existsSync(join(sample, 'assets.json'))) copyFileSync(join(sample, 'assets.json'), join(dir, 'assets.json'));
  return dir;
}

export interface IntakeRig {
  url: string;
  dataDir: string;
  store: ParticipationStore;
  server: SiteServer;
  removed: string[];
  /** What the server logged: info lines (ids only) and errors (none expected). */
  log: { info: string[]; error: string[] };
  advance(ms: number): void;
  now(): Date;
  close(): Promise<void>;
}

export async function startIntake(): Promise<IntakeRig> {
  let now = new Date('2026-12-02T03:00:00Z');
  const clock: Clock = { now: () => now, setTimer: () => () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-intake-data-'));
  const config = {
    ...readServerConfig({ SANITY_WEBHOOK_SECRET: SECRET, PUBLISH_ROOT: mkdtempSync(join(tmpdir(), 'gs-intake-publish-')), CONTENT_DATASET: contestsDataset(), PARTICIPATION_DIR: dataDir }, []),
    port: 0,
  };
  const store = createSqliteStore({ dir: dataDir, now: () => now });
  const removed: string[] = [];
  const log = { info: [] as string[], error: [] as string[] };
  const logger: Logger = { info: (line) => log.info.push(line), error: (line) => log.error.push(line) };
  const publicRecords: PublicRecordWriter = {
    put: async () => {},
    remove: async (ids) => {
      removed.push(...ids);
    },
  };
  const server = createSiteServer(config, { clock, logger, rateLimitPerMinute: 100_000, participationStore: store, publicRecords });
  const { url } = await server.listen();
  return {
    url,
    dataDir,
    store,
    server,
    removed,
    log,
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    now: () => now,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

export type Fields = Record<string, string | string[]>;
export interface FilePart {
  field: string;
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/** A ticket from the server, then 10 s pass (a person filling the form). */
export async function ticket(rig: IntakeRig): Promise<string> {
  const response = await fetch(`${rig.url}/tham-gia/phieu`);
  const { ve } = (await response.json()) as { ve: string };
  rig.advance(10_000);
  return ve;
}

export async function post(rig: IntakeRig, path: string, fields: Fields, files: FilePart[] = [], options: { json?: boolean; realIp?: string } = {}): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  for (const file of files) form.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  return fetch(`${rig.url}${path}`, { method: 'POST', body: form, redirect: 'manual', headers: { accept: options.json ? 'application/json' : 'text/html', ...(options.realIp ? { 'x-real-ip': options.realIp } : {}) } });
}

export async function documents(store: ParticipationStore, type: string): Promise<StoredDocument[]> {
  return store.query<StoredDocument[]>('*[_type == $type]|order(_id asc)', { type }, { types: [type] });
}

let contactCounter = 0;
/** A valid adult entry to the open contest; a fresh contact each time (the per-contact limit is tested apart). */
export function entryFields(extra: Fields = {}): Fields {
  contactCounter += 1;
  return {
    'cuoc-thi': OPEN,
    'ten-tac-pham': 'Người thầy ở bản Mông',
    'noi-dung': 'Thầy đi bộ mười cây số mỗi sáng để đến lớp.\nEm nhớ thầy.',
    'ho-ten': 'Nguyễn Thị An',
    'vai-tro': 'giao-vien',
    truong: 'Trường Tiểu học Sơn La',
    tinh: 'son-la',
    'nam-sinh': '1990',
    email: `an${contactCounter}@example.vn`,
    'dong-y-xu-ly': 'co',
    khoa: randomUUID(),
    ...extra,
  };
}

export function nominationFields(extra: Fields = {}): Fields {
  contactCounter += 1;
  return {
    loai: 'ca-nhan',
    'nguoi-duoc-de-cu': 'Cô Lò Thị Mai',
    'chuc-vu': 'Giáo viên',
    'don-vi': 'Điểm trường Pá Khoang',
    tinh: 'dien-bien',
    'thanh-tich': 'Mười năm dạy học sinh dân tộc Mông, vận động 40 em trở lại lớp.',
    'lien-ket': 'https://baodienbienphu.example.vn/co-mai\nhttp://vtv.example.vn/phong-su',
    'ho-ten': 'Trần Văn Bình',
    'quan-he': 'Đồng nghiệp',
    'dien-thoai': `0912 345 ${String(100 + contactCounter).padStart(3, '0')}`,
    'dong-y-xu-ly': 'co',
    'dong-y-nguoi-duoc-de-cu': 'co',
    khoa: randomUUID(),
    ...extra,
  };
}

// ---- small real files -------------------------------------------------------------------------

export function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const file = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) file.addBuffer(Buffer.from(text), name);
  file.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    file.outputStream.on('error', reject);
  });
}

export const docx = () =>
  zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Thầy tôi</w:t></w:r></w:p></w:body></w:document>',
  });

export function pdf(padding = 0): Uint8Array {
  const body = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n';
  return new Uint8Array(Buffer.concat([Buffer.from(body), Buffer.alloc(padding, 0x20), Buffer.from('%%EOF\n')]));
}

export function wav(): Uint8Array {
  const samples = 800;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples * 2, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples * 2, 40);
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(samples * 2)]));
}

export function mp4(): Uint8Array {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftyp', 4);
  ftyp.write('isom', 8);
  ftyp.writeUInt32BE(0x200, 12);
  ftyp.write('isom', 16);
  ftyp.write('mp41', 20);
  const mdat = Buffer.alloc(16);
  mdat.writeUInt32BE(16, 0);
  mdat.write('mdat', 4);
  return new Uint8Array(Buffer.concat([ftyp, mdat]));
}

export const html = () => new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>');
export const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
