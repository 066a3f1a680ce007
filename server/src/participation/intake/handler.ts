/**
 * The intake routes (INTAKE_PATHS): receiving entries and nominations, the form ticket, the receipt,
 * the status lookup and the withdrawal. Mounted by server/src/http.ts. The order of checks on a
 * submission: size and shape of the request → honeypot → a repeat of an already stored submission
 * (same idempotency key: same receipt, nothing stored) → per-IP limit → ticket (none: the no-JS
 * confirmation step) → contest and deadline → files by their bytes → fields and consents → per-contact
 * limit → store. Logs carry document ids only, never contact data.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { COMMON_FIELDS, CONFIRMATION_PAGES, ENTRY_FIELDS, INTAKE_PATHS, NOMINATION_FIELDS } from '../../../../schemas/participation/form-fields.ts';
import type { StoredFile } from '../../../../schemas/participation/types.ts';
import { entryStatuses, nominationStatuses } from '../../../../schemas/participation/vocabulary.ts';
import { titleOf } from '../../../../schemas/vocabularies/types.ts';
import { INTAKE_PREFIX } from '../../http.ts';
import type { Logger } from '../../log.ts';
import { createRateLimiter } from '../../rate-limit.ts';
import { sendJson } from '../../respond.ts';
import { eraseSubmission, findSubmission } from '../erase.ts';
import type { ParticipationStore, PublicRecordWriter, StoredDocument } from '../store.ts';
import { clientAddress } from '../../client-address.ts';
import type { ContestSource } from '../contests.ts';
import { contestClosedReason } from './deadline.ts';
import { readEntryForm } from './entry-form.ts';
import { detectFile } from './file-check.ts';
import { type FieldErrors, FormReader } from './form-values.ts';
import type { IntakeKeys } from './keys.ts';
import { type FormProblem, type ParsedForm, readForm, type UploadedPart } from './multipart.ts';
import { readNominationForm } from './nomination-form.ts';
import { PENDING_FIELD, STYLESHEET, STYLESHEET_PATH, confirmPage, messagePage, receiptPage, refillPage, type StatusView, statusPage, type SubmissionKind } from './pages.ts';
import type { PendingStore } from './pending.ts';
import { documentIdFor, normalizeReceiptCode, receiptCodeFor, receiptHash } from './receipt.ts';
import { readCookie, sendHtml, wantsJson } from './respond.ts';
import { checkTicket, issueTicket } from './ticket.ts';

export interface IntakeLimits {
  /** Absolute cap per uploaded file, above any contest's own (INTAKE_MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  submissionsPerIpPerHour: number;
  submissionsPerContactPerDay: number;
  lookupsPerIpPer10Minutes: number;
}

export const DEFAULT_INTAKE_LIMITS: Omit<IntakeLimits, 'maxUploadBytes'> = { submissionsPerIpPerHour: 10, submissionsPerContactPerDay: 5, lookupsPerIpPer10Minutes: 30 };

export interface IntakeOptions {
  store: ParticipationStore;
  contests: ContestSource;
  keys: IntakeKeys;
  pending: PendingStore;
  limits: IntakeLimits;
  now: () => Date;
  logger: Logger;
  publicRecords?: PublicRecordWriter;
  /** Mark the receipt cookie `Secure` (the site is served over HTTPS). */
  secureCookies?: boolean;
}

export type IntakeHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

const RECEIPT_COOKIE = 'gs_bien_nhan';
const RECEIPT_COOKIE_SECONDS = 900;
const MAX_FIELDS = 60;
const MAX_FIELD_BYTES = 1_000_000;
const MAX_EVIDENCE_FILES = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Refusal {
  readonly status: number;
  readonly message: string;
  readonly fields: FieldErrors;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, fields: FieldErrors = {}, headers: Record<string, string> = {}) {
    this.status = status;
    this.message = message;
    this.fields = fields;
    this.headers = headers;
  }
}

const FIELD_LABELS: Readonly<Record<string, string>> = { [ENTRY_FIELDS.file]: 'tệp tác phẩm', [NOMINATION_FIELDS.evidenceFiles]: 'tệp minh chứng' };

function problemRefusal(problem: FormProblem, maxUploadBytes: number): Refusal {
  switch (problem.kind) {
    case 'file-too-large': {
      const message = `Tệp ở ô "${FIELD_LABELS[problem.field] ?? problem.field}" lớn quá ${Math.round(maxUploadBytes / 1048576)} MB, mức tối đa máy chủ nhận.`;
      return new Refusal(413, message, { [problem.field]: message });
    }
    case 'too-many-files': {
      const message = `Ô "${FIELD_LABELS[problem.field] ?? problem.field}" nhận quá số tệp cho phép.`;
      return new Refusal(413, message, { [problem.field || 'tep']: message });
    }
    case 'field-too-large': {
      const message = `Ô "${problem.field.slice(0, 60)}" dài quá mức máy chủ nhận.`;
      return new Refusal(413, message, { [problem.field]: message });
    }
    case 'too-many-fields':
      return new Refusal(413, 'Biểu mẫu gửi lên có quá nhiều ô.');
    case 'unsupported':
      return new Refusal(415, 'Biểu mẫu cần được gửi dưới dạng multipart/form-data hoặc application/x-www-form-urlencoded.');
    default:
      return new Refusal(400, 'Dữ liệu biểu mẫu gửi lên bị hỏng; hãy gửi lại.');
  }
}

function summary(fields: FieldErrors): string {
  const messages = Object.values(fields);
  if (messages.length === 1) return messages[0] as string;
  return `Chưa gửi được: có ${messages.length} ô cần sửa, ghi chú ở cạnh từng ô.`;
}

export function createIntakeHandler(options: IntakeOptions): IntakeHandler {
  const { store, contests, keys, pending, limits, now, logger } = options;
  const perIp = createRateLimiter(limits.submissionsPerIpPerHour, 3600_000);
  const perContact = createRateLimiter(limits.submissionsPerContactPerDay, 86_400_000);
  const lookups = createRateLimiter(limits.lookupsPerIpPer10Minutes, 600_000);

  const statusTitle = (doc: StoredDocument) => titleOf(doc._type === 'contestEntry' ? entryStatuses : nominationStatuses, doc.status) ?? 'Đã nhận';

  const succeed = (req: IncomingMessage, res: ServerResponse, kind: SubmissionKind, code: string, doc: StoredDocument) => {
    const target = `${CONFIRMATION_PAGES[kind]}?ma=${encodeURIComponent(code)}`;
    if (wantsJson(req)) return sendJson(res, 201, { ma: code, trangThai: doc.status, chuyenDen: target });
    res.writeHead(303, {
      location: target,
      'cache-control': 'no-store',
      'set-cookie': `${RECEIPT_COOKIE}=${code}~${kind}; Max-Age=${RECEIPT_COOKIE_SECONDS}; Path=${INTAKE_PREFIX}; HttpOnly; SameSite=Strict${options.secureCookies ? '; Secure' : ''}`,
    });
    res.end();
  };

  const refuse = (req: IncomingMessage, res: ServerResponse, refusal: Refusal, form: { kind: SubmissionKind; fields: Map<string, string[]>; hadFiles: boolean; key: string } | null) => {
    if (wantsJson(req)) return sendJson(res, refusal.status, { error: refusal.message, fields: refusal.fields }, refusal.headers);
    if (!form) return sendHtml(res, refusal.status, messagePage('Chưa gửi được', refusal.message), refusal.headers);
    const values = new Map(form.fields);
    values.delete(COMMON_FIELDS.honeypot);
    const html = refillPage({ kind: form.kind, message: refusal.message, errors: refusal.fields, values, hadFiles: form.hadFiles, ticket: issueTicket(keys.ticket, now()), idempotencyKey: form.key });
    sendHtml(res, refusal.status, html, refusal.headers);
  };

  const checkFiles = async (files: readonly UploadedPart[], allowed: readonly string[], maxBytes: number, maxMegabytes: number) => {
    const detected = [];
    for (const file of files) {
      const label = FIELD_LABELS[file.field] ?? file.field;
      if (file.size > maxBytes) {
        const message = `Tệp "${file.filename}" ở ô "${label}" lớn quá ${maxMegabytes} MB.`;
        throw new Refusal(413, message, { [file.field]: message });
      }
      const kind = await detectFile(file.path);
      if (!kind || !allowed.includes(kind.kind)) {
        const message = `Tệp "${file.filename}" ở ô "${label}" không phải loại được nhận (${allowed.join(', ')}), xét theo nội dung tệp chứ không theo tên.`;
        throw new Refusal(415, message, { [file.field]: message });
      }
      detected.push({ file, kind });
    }
    return detected;
  };

  const storeFiles = async (checked: Awaited<ReturnType<typeof checkFiles>>): Promise<StoredFile[]> => {
    const stored: StoredFile[] = [];
    for (const { file, kind } of checked) {
      const bytes = await readFile(file.path);
      const asset = await store.uploadFile(bytes, { filename: `tep.${kind.ext}`, mimeType: kind.mimeType });
      stored.push({ _type: 'file', asset: { _type: 'reference', _ref: asset._ref }, kind: kind.kind, mimeType: kind.mimeType, size: asset.size, originalName: file.filename });
    }
    return stored;
  };

  const contactKeys = (contestId: string, reader: FormReader, emailField: string, phoneField: string): string[] => {
    const keysOut: string[] = [];
    const email = reader.raw(emailField).trim().toLowerCase();
    const phone = reader.raw(phoneField).replace(/[^\d+]/g, '');
    for (const value of [email, phone]) if (value !== '') keysOut.push(createHmac('sha256', keys.contact).update(`${contestId}\0${value}`).digest('base64url'));
    return keysOut;
  };

  const submit = async (req: IncomingMessage, res: ServerResponse, kind: SubmissionKind) => {
    const ip = clientAddress(req);
    const maxFiles = kind === 'entry' ? 1 : MAX_EVIDENCE_FILES;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.maxUploadBytes * maxFiles + MAX_FIELD_BYTES * 2) {
      req.resume();
      return refuse(req, res, new Refusal(413, `Yêu cầu gửi lên lớn quá mức máy chủ nhận (${Math.round(limits.maxUploadBytes / 1048576)} MB mỗi tệp).`), null);
    }
    let parsed: ParsedForm | null = await readForm(req, { maxFields: MAX_FIELDS, maxFieldBytes: MAX_FIELD_BYTES, maxFiles, maxFileBytes: limits.maxUploadBytes });
    let fields = parsed.fields;
    let files = parsed.files;
    let confirmed = false;
    let discardPending: (() => Promise<void>) | null = null;
    const cleanup = async () => {
      await parsed?.cleanup();
      parsed = null;
    };
    try {
      if (parsed.problem) return refuse(req, res, problemRefusal(parsed.problem, limits.maxUploadBytes), { kind, fields, hadFiles: files.length > 0, key: fields.get(COMMON_FIELDS.idempotencyKey)?.[0] ?? '' });
      const pendingId = fields.get(PENDING_FIELD)?.[0];
      if (pendingId !== undefined) {
        const held = await pending.take(pendingId);
        if (!held) return refuse(req, res, new Refusal(410, 'Phiên xác nhận đã hết hạn (quá 30 phút) hoặc đã được dùng; hãy điền và gửi lại biểu mẫu.', { [PENDING_FIELD]: 'Phiên xác nhận đã hết hạn hoặc đã được dùng.' }), null);
        fields = held.fields;
        files = held.files;
        confirmed = true;
        discardPending = held.discard;
      }
      const form = { kind, fields, hadFiles: files.length > 0, key: '' };
      const reader = new FormReader(fields);
      try {
        if (reader.raw(COMMON_FIELDS.honeypot) !== '') throw new Refusal(400, 'Ô "website" phải để trống; nếu bạn là người gửi thật, hãy xóa nội dung ô đó rồi gửi lại.', { [COMMON_FIELDS.honeypot]: 'Ô này phải để trống.' });
        const givenKey = reader.raw(COMMON_FIELDS.idempotencyKey).trim();
        const key = UUID.test(givenKey) ? givenKey.toLowerCase() : randomUUID();
        form.key = key;
        const type = kind === 'entry' ? 'contestEntry' : 'nomination';
        const code = receiptCodeFor(keys.receipt, kind, key);
        const id = documentIdFor(keys.receipt, type, code);
        const existing = await store.get(id);
        if (existing) {
          logger.info(`Gửi lại ${id}: trả lại biên nhận cũ, không lưu gì thêm.`);
          return succeed(req, res, kind, code, existing);
        }
        if (!perIp.allow(ip, now().getTime())) throw new Refusal(429, 'Địa chỉ này đã gửi quá nhiều lần trong một giờ; hãy thử lại sau.', {}, { 'retry-after': '3600' });
        if (!confirmed) {
          const ticket = reader.raw(COMMON_FIELDS.ticket).trim();
          const check = ticket === '' ? 'missing' : checkTicket(keys.ticket, ticket, now());
          if (check === 'too-fast') throw new Refusal(429, 'Biểu mẫu được gửi quá nhanh sau khi mở; hãy đợi vài giây rồi bấm gửi lại.', { [COMMON_FIELDS.ticket]: 'Gửi quá nhanh.' }, { 'retry-after': '5' });
          if (check !== 'ok') {
            if (wantsJson(req)) throw new Refusal(400, 'Phiếu biểu mẫu thiếu hoặc đã hết hạn; hãy tải lại trang rồi gửi lại.', { [COMMON_FIELDS.ticket]: 'Phiếu thiếu hoặc hết hạn.' });
            const held = new Map(fields);
            held.set(COMMON_FIELDS.idempotencyKey, [key]);
            const signed = await pending.save(held, files);
            files = [];
            return sendHtml(res, 200, confirmPage(kind, signed));
          }
        }
        let contestId = '';
        let allowedKinds: readonly string[] = ['docx', 'pdf', 'audio', 'video'];
        let maxBytes = limits.maxUploadBytes;
        let maxMegabytes = Math.round(limits.maxUploadBytes / 1048576);
        let contest = null;
        if (kind === 'entry') {
          contestId = reader.raw(ENTRY_FIELDS.contest).trim();
          contest = contestId === '' ? null : await contests.get(contestId);
          if (!contest) throw new Refusal(400, 'Không tìm thấy cuộc thi của bài dự thi này (ô "cuoc-thi"); hãy gửi từ trang cuộc thi.', { [ENTRY_FIELDS.contest]: 'Cuộc thi không có trên trang.' });
          const closed = contestClosedReason(contest, now());
          if (closed) throw new Refusal(403, closed, { [ENTRY_FIELDS.contest]: closed });
          allowedKinds = contest.fileKinds;
          maxMegabytes = Math.min(contest.maxFileMegabytes, maxMegabytes);
          maxBytes = Math.min(contest.maxFileMegabytes * 1048576, limits.maxUploadBytes);
        }
        const checked = await checkFiles(files, allowedKinds, maxBytes, maxMegabytes);
        const at = now();
        const draft = kind === 'entry' && contest ? readEntryForm(reader, contest, checked.length > 0, at) : kind === 'nomination' ? readNominationForm(reader, at) : null;
        if (!draft) throw new Refusal(400, summary(reader.errors), reader.errors);
        const emailField = kind === 'entry' ? ENTRY_FIELDS.email : NOMINATION_FIELDS.email;
        const phoneField = kind === 'entry' ? ENTRY_FIELDS.phone : NOMINATION_FIELDS.phone;
        for (const contactKey of contactKeys(contestId || 'de-cu', reader, emailField, phoneField)) {
          if (!perContact.allow(contactKey, at.getTime())) {
            throw new Refusal(429, 'Thư điện tử hoặc số điện thoại này đã gửi quá 5 lần trong một ngày cho cùng một cuộc thi; hãy thử lại vào ngày mai.', { [emailField]: 'Đã gửi quá nhiều lần hôm nay.' }, { 'retry-after': '86400' });
          }
        }
        const stored = await storeFiles(checked);
        const doc: StoredDocument =
          kind === 'entry'
            ? { ...draft, _id: id, ...(stored[0] ? { file: stored[0] } : {}), receiptHash: receiptHash(code), idempotencyKey: key }
            : { ...draft, _id: id, evidenceFiles: stored, receiptHash: receiptHash(code), idempotencyKey: key };
        const result = await store.createIfNotExists(doc);
        logger.info(result.created ? `Đã nhận ${id}${contestId ? ` (cuộc thi ${contestId})` : ''}.` : `Gửi trùng ${id}: giữ bản đã có.`);
        return succeed(req, res, kind, code, result.document);
      } catch (error) {
        if (error instanceof Refusal) return refuse(req, res, error, form);
        throw error;
      }
    } finally {
      await cleanup();
      if (discardPending) await discardPending();
    }
  };

  const lookupAllowed = (req: IncomingMessage) => lookups.allow(clientAddress(req), now().getTime());

  const status = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const typed = (url.searchParams.get('ma') ?? '').slice(0, 40);
    if (typed.trim() === '') return sendHtml(res, 200, statusPage(null, ''));
    if (!lookupAllowed(req)) return sendHtml(res, 429, messagePage('Tra cứu bài dự thi', 'Địa chỉ này đã tra cứu quá nhiều lần; hãy thử lại sau 10 phút.'), { 'retry-after': '600' });
    const code = normalizeReceiptCode(typed);
    const doc = code ? await findSubmission(store, code, { receiptKey: keys.receipt }) : null;
    if (!code || !doc) return sendHtml(res, 404, statusPage(null, typed));
    const contestRef = (doc.contest as { _ref?: string } | undefined)?._ref;
    const view: StatusView = {
      kind: doc._type === 'contestEntry' ? 'entry' : 'nomination',
      code,
      contestTitle: contestRef ? ((await contests.get(contestRef))?.title ?? undefined) : undefined,
      title: doc._type === 'contestEntry' ? String(doc.title ?? '') : String((doc.nominee as { name?: string } | undefined)?.name ?? ''),
      submittedAt: String(doc.submittedAt),
      statusTitle: statusTitle(doc),
      invalidReason: doc.status === 'khong-hop-le' && typeof doc.invalidReason === 'string' ? doc.invalidReason : undefined,
    };
    sendHtml(res, 200, statusPage(view, code));
  };

  const withdraw = async (req: IncomingMessage, res: ServerResponse) => {
    const parsed = await readForm(req, { maxFields: 5, maxFieldBytes: 200, maxFiles: 0, maxFileBytes: 0 });
    await parsed.cleanup();
    const typed = parsed.fields.get('ma')?.[0] ?? '';
    if (!lookupAllowed(req)) {
      const message = 'Địa chỉ này đã thử quá nhiều mã; hãy thử lại sau 10 phút.';
      return wantsJson(req) ? sendJson(res, 429, { error: message, fields: { ma: message } }, { 'retry-after': '600' }) : sendHtml(res, 429, messagePage('Rút lại sự đồng ý', message), { 'retry-after': '600' });
    }
    const code = normalizeReceiptCode(typed);
    const doc = code ? await findSubmission(store, code, { receiptKey: keys.receipt }) : null;
    if (!doc) {
      const message = 'Không tìm thấy bài dự thi hay đề cử nào với mã biên nhận này (ô "ma"); hãy kiểm tra lại mã.';
      return wantsJson(req) ? sendJson(res, 404, { error: message, fields: { ma: message } }) : sendHtml(res, 404, messagePage('Rút lại sự đồng ý', message));
    }
    await eraseSubmission(store, doc, options.publicRecords);
    logger.info(`Đã xóa ${doc._id} theo yêu cầu rút lại sự đồng ý của người giữ mã biên nhận.`);
    const message = 'Đã rút lại sự đồng ý và xóa dữ liệu; nội dung công khai (nếu có) sẽ biến mất ở lần cập nhật trang kế tiếp.';
    return wantsJson(req) ? sendJson(res, 200, { ketQua: message }) : sendHtml(res, 200, messagePage('Đã rút lại sự đồng ý', message));
  };

  return async (req, res, url) => {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const only = (allowed: string) => {
      req.resume();
      sendJson(res, 405, { error: `${path} chỉ nhận phương thức ${allowed}.` }, { allow: allowed });
    };
    switch (path) {
      case INTAKE_PATHS.entry:
        return method === 'POST' ? submit(req, res, 'entry') : only('POST');
      case INTAKE_PATHS.nomination:
        return method === 'POST' ? submit(req, res, 'nomination') : only('POST');
      case INTAKE_PATHS.ticket:
        return method === 'GET' ? sendJson(res, 200, { ve: issueTicket(keys.ticket, now()) }) : only('GET');
      case INTAKE_PATHS.status:
        return method === 'GET' ? status(req, res, url) : only('GET');
      case INTAKE_PATHS.withdraw:
        return method === 'POST' ? withdraw(req, res) : only('POST');
      case INTAKE_PATHS.receipt: {
        if (method !== 'GET') return only('GET');
        const [code, kind] = (readCookie(req, RECEIPT_COOKIE) ?? '').split('~');
        const valid = code ? normalizeReceiptCode(code) : null;
        return sendHtml(res, 200, receiptPage(valid, kind === 'nomination' ? 'nomination' : 'entry'));
      }
      case STYLESHEET_PATH:
        res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
        res.end(STYLESHEET);
        return;
      default:
        req.resume();
        return sendJson(res, 404, { error: `Không có đường dẫn ${path.slice(0, 100)} trên máy chủ này.` });
    }
  };
}
