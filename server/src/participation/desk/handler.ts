// Everything under /cham-thi/ (server/src/http.ts hands it over): the judging desk for judges and
// editors, server-rendered. Judges only ever receive blind projections (blind.ts), and an entry in
// conflict with a judge's declared school or province answers 404 to that judge everywhere.
//   GET  /cham-thi/dang-nhap?khoa=…|?bien-tap=…   login page (the key goes in a POST, not a cookie on GET)
//   POST /cham-thi/dang-nhap, /cham-thi/dang-xuat
//   GET  /cham-thi/                                contests
//   GET  /cham-thi/cuoc-thi/<id>/?trang-thai=&trang=  entries (judges: blind; editors: counts per status)
//   GET  /cham-thi/cuoc-thi/<id>/bai.json           the same page of entries as JSON (judges: blind)
//   GET  /cham-thi/cuoc-thi/<id>/xep-hang           ranking (editors)
//   POST /cham-thi/cuoc-thi/<id>/cong-bo            publish results (editors)
//   GET  /cham-thi/bai/<id>/, GET …/tep             entry, its file
//   POST /cham-thi/bai/<id>/cham, …/trang-thai      score (judges), status (editors)
//   GET  /cham-thi/giam-khao                        judges (editors)
//   GET  /cham-thi/de-cu/, /cham-thi/de-cu/<id>/    nominations (editors)
//   POST /cham-thi/de-cu/<id>/ghi-chu, …/tao-ho-so  review note; start a draft exemplar
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resultRecord } from '../../../../schemas/participation/public-record.ts';
import { rankEntries } from '../../../../schemas/participation/ranking.ts';
import type { ContestEntryRecord, JudgeRecord, JudgeScoreRecord, NominationRecord } from '../../../../schemas/participation/types.ts';
import {
  consentGivers,
  consentPurposes,
  entrantRoles,
  entryStatuses,
  entryTransitions,
  nominationStatuses,
  nomineeKinds,
  publishableFields,
  RESULT_ENTRY_STATUSES,
  type EntryStatus,
  type NominationStatus,
} from '../../../../schemas/participation/vocabulary.ts';
import { titleOf } from '../../../../schemas/vocabularies/types.ts';
import { provinces } from '../../../../schemas/vocabularies/provinces.ts';
import { readBodyLimited } from '../../body.ts';
import { createRateLimiter } from '../../rate-limit.ts';
import { clientAddress } from '../../client-address.ts';
import { StoreConflictError, type ParticipationStore, type PublicRecordWriter, type QueryScope } from '../store.ts';
import { blindEntry, isConflicted, type BlindEntry } from './blind.ts';
import type { ContestSource, ParticipationContest as DeskContest } from '../contests.ts';
import { exemplarDraftFrom } from './exemplar-draft.ts';
import { csrfField, DESK_CSP, DESK_PREFIX, DESK_STYLESHEET, escapeHtml, formatDate, formatNumber, layout, notice, STYLESHEET_PATH } from './html.ts';
import { neutralBytes, neutralFileName } from './neutral-file.ts';
import {
  blindEntriesQuery,
  otherEntryIdsQuery,
  resultEntriesQuery,
  contestScoresQuery,
  contestStatusesQuery,
  DESK_PAGE_SIZE,
  editorEntriesQuery,
  entryAccessQuery,
  entryQuery,
  JUDGE_STATUSES,
  judgeByKeyQuery,
  judgeOwnScoresQuery,
  judgesQuery,
  judgeVisibilityQuery,
  nominationsQuery,
  nominationStatusesQuery,
  RANKABLE_STATUSES,
  rankableEntriesQuery,
} from './queries.ts';
import {
  accessKeyHash,
  csrfMatches,
  csrfToken,
  DESK_SESSION_TTL_MS,
  isAccessKeyShape,
  SESSION_COOKIE,
  signSession,
  verifyEditorLink,
  verifySession,
  type DeskIdentity,
} from './session.ts';

export interface DeskOptions {
  store: ParticipationStore;
  writer: PublicRecordWriter;
  contests: ContestSource;
  /** The desk's HMAC key (`deriveDeskSecret(webhookSecret)`). */
  secret: string;
  now?: () => Date;
  /** Mark the session cookie Secure (SITE_URL is https). */
  secureCookies?: boolean;
  /** Local mode: ask the server for a build after results are published (the overlay changed). */
  requestBuild?: (reason: string) => unknown;
  /** Login attempts per client address per minute (default 10; behind nginx, from its X-Real-IP). */
  loginsPerMinute?: number;
  log?: (message: string) => void;
}

export type DeskHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

type Viewer = { role: 'editor'; token: string; csrf: string } | { role: 'judge'; token: string; csrf: string; judge: JudgeRecord };

const BODY_LIMIT = 64 * 1024;
const ENTRY_SCOPE = (contest?: string): QueryScope => ({ types: ['contestEntry'], ...(contest ? { contest } : {}) });

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
const notFound = () => new HttpError(404, 'Không tìm thấy trang này trên bàn chấm thi, hoặc bạn không có quyền xem.');

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'Cache-Control': 'no-store',
    'Content-Security-Policy': DESK_CSP,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'X-Robots-Tag': 'noindex, nofollow',
    ...extra,
  };
}

function sendHtml(res: ServerResponse, status: number, html: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, headers({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(html)), ...extra }));
  res.end(html);
}

function redirect(res: ServerResponse, location: string, extra: Record<string, string> = {}): void {
  res.writeHead(303, headers({ Location: location, 'Content-Length': '0', ...extra }));
  res.end();
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

const idSuffix = (id: string) => id.slice(id.indexOf('.') + 1);
const SAFE_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+){1,3}$/;
const pageParam = (url: URL) => Math.max(1, Math.min(100_000, Number.parseInt(url.searchParams.get('trang') ?? '1', 10) || 1));
const statusTitle = (value: string) => titleOf(entryStatuses, value) ?? value;
const provinceTitle = (value: string | undefined) => (value ? (provinces.find((p) => p.value === value)?.title ?? value) : '');

function pager(url: URL, page: number, hasNext: boolean): string {
  const link = (n: number, text: string) => {
    const next = new URL(url.href);
    next.searchParams.set('trang', String(n));
    return `<a href="${escapeHtml(next.pathname + next.search)}">${text}</a>`;
  };
  const parts = [page > 1 ? link(page - 1, '← Trang trước') : '', `<span>Trang ${page}</span>`, hasNext ? link(page + 1, 'Trang sau →') : ''];
  return `<nav class="pages" aria-label="Phân trang">${parts.join('')}</nav>`;
}

export function createDeskHandler(options: DeskOptions): DeskHandler {
  const { store, writer, contests, secret } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  const logins = createRateLimiter(options.loginsPerMinute ?? 10, 60_000);
  const cookieAttributes = `Path=${DESK_PREFIX}; HttpOnly; SameSite=Strict${options.secureCookies ? '; Secure' : ''}`;

  // --- who is asking -------------------------------------------------------------------------------
  async function viewer(req: IncomingMessage): Promise<Viewer | null> {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) return null;
    const identity = verifySession(token, secret, now());
    if (!identity) return null;
    const csrf = csrfToken(token, secret);
    if (identity.role === 'editor') return { role: 'editor', token, csrf };
    const judge = (await store.get(identity.judgeId)) as unknown as (JudgeRecord & { _rev?: string }) | null;
    // A judge switched off (or deleted) loses the desk at once, whatever their cookie says.
    if (!judge || judge._type !== 'judge' || !judge.active) return null;
    return { role: 'judge', token, csrf, judge: { ...judge, conflictSchools: judge.conflictSchools ?? [], conflictProvinces: judge.conflictProvinces ?? [], contests: judge.contests ?? [] } };
  }

  const page = (v: Viewer, title: string, body: string) =>
    layout(body, { title, csrf: v.csrf, who: v.role === 'editor' ? 'Biên tập viên' : `Giám khảo ${v.judge.name}` });

  async function form(req: IncomingMessage): Promise<URLSearchParams> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'Biểu mẫu phải được gửi dạng application/x-www-form-urlencoded.');
    const body = await readBodyLimited(req, BODY_LIMIT);
    if (!body.ok) throw new HttpError(413, 'Nội dung gửi lên quá lớn (tối đa 64 KB).');
    return new URLSearchParams(body.body.toString('utf8'));
  }

  // --- login ---------------------------------------------------------------------------------------
  const LOGIN_REFUSED = 'Đường dẫn đăng nhập không hợp lệ, đã hết hạn hoặc tài khoản giám khảo đã bị khóa; hãy xin Ban tổ chức đường dẫn mới.';

  async function login(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const key = url.searchParams.get('khoa');
      const editor = url.searchParams.get('bien-tap');
      const field = key ? `<input type="hidden" name="khoa" value="${escapeHtml(key)}">` : editor ? `<input type="hidden" name="bien-tap" value="${escapeHtml(editor)}">` : '';
      if (!field) return sendHtml(res, 400, layout(`<p>${escapeHtml(LOGIN_REFUSED)}</p>`, { title: 'Đăng nhập' }));
      // A button, not a login on GET: link scanners and prefetchers must not open sessions.
      return sendHtml(res, 200, layout(`<form method="post" action="${DESK_PREFIX}dang-nhap">${field}<button type="submit">Vào bàn chấm thi</button></form>`, { title: 'Đăng nhập bàn chấm thi' }));
    }
    if (req.method !== 'POST') throw new HttpError(405, 'Trang đăng nhập chỉ nhận GET và POST.');
    if (!logins.allow(clientAddress(req), now().getTime())) {
      return sendHtml(res, 429, layout(`<p>Quá nhiều lần đăng nhập từ địa chỉ này; hãy thử lại sau một phút.</p>`, { title: 'Đăng nhập' }), { 'Retry-After': '60' });
    }
    const fields = await form(req);
    let identity: DeskIdentity | null = null;
    const key = fields.get('khoa');
    const editor = fields.get('bien-tap');
    if (key && isAccessKeyShape(key)) {
      const judge = await store.query<JudgeRecord | null>(judgeByKeyQuery, { hash: accessKeyHash(key) }, { types: ['judge'] });
      if (judge && judge.active) identity = { role: 'judge', judgeId: judge._id };
    } else if (editor && verifyEditorLink(editor, secret, now()).ok) {
      identity = { role: 'editor' };
    }
    if (!identity) return sendHtml(res, 401, layout(`<p>${escapeHtml(LOGIN_REFUSED)}</p>`, { title: 'Không đăng nhập được' }));
    const token = signSession(identity, now(), secret);
    redirect(res, DESK_PREFIX, { 'Set-Cookie': `${SESSION_COOKIE}=${token}; ${cookieAttributes}; Max-Age=${DESK_SESSION_TTL_MS / 1000}` });
  }

  // --- contests ------------------------------------------------------------------------------------
  async function contestFor(v: Viewer, id: string): Promise<DeskContest> {
    if (v.role === 'judge' && !v.judge.contests.some((ref) => ref._ref === id)) throw notFound();
    const contest = await contests.get(id);
    if (!contest) throw notFound();
    return contest;
  }

  async function home(v: Viewer) {
    const all = await contests.list();
    const mine = v.role === 'editor' ? all : all.filter((c) => v.judge.contests.some((ref) => ref._ref === c._id));
    const rows = mine
      .map((c) => {
        const base = `${DESK_PREFIX}cuoc-thi/${encodeURIComponent(c._id)}/`;
        const extra = v.role === 'editor' ? ` · <a href="${escapeHtml(base)}xep-hang">Xếp hạng</a>` : '';
        return `<li><a href="${escapeHtml(base)}">${escapeHtml(c.title)}</a>${extra}</li>`;
      })
      .join('');
    const list = rows ? `<ul>${rows}</ul>` : '<p>Chưa có cuộc thi nào được giao.</p>';
    const editorLinks = v.role === 'editor' ? `<p><a href="${DESK_PREFIX}de-cu/">Đề cử gương điển hình</a> · <a href="${DESK_PREFIX}giam-khao">Giám khảo</a></p>` : '';
    return page(v, 'Các cuộc thi', `${list}${editorLinks}`);
  }

  /** The entries of a contest a judge may see (conflicts removed), as ids in a stable order. */
  async function visibleIds(judge: JudgeRecord, contest: string, statuses: readonly string[]): Promise<string[]> {
    const rows = await store.query<{ _id: string; school?: string; province?: string }[]>(judgeVisibilityQuery, { contest, statuses }, { ...ENTRY_SCOPE(contest), statuses });
    return (rows ?? []).filter((row) => !isConflicted(judge, row)).map((row) => row._id);
  }

  async function blindByIds(ids: readonly string[], contest: string): Promise<BlindEntry[]> {
    if (ids.length === 0) return [];
    const rows = await store.query<Record<string, unknown>[]>(blindEntriesQuery, { ids }, { ...ENTRY_SCOPE(contest), ids });
    return (rows ?? []).map(blindEntry);
  }

  /** One page of a judge's entries: blind, conflicts removed. */
  async function judgeEntries(judge: JudgeRecord, contest: DeskContest, url: URL) {
    const wanted = url.searchParams.get('trang-thai');
    const statuses = JUDGE_STATUSES.filter((s) => !wanted || s === wanted);
    const current = pageParam(url);
    const ids = await visibleIds(judge, contest._id, statuses);
    const pageIds = ids.slice((current - 1) * DESK_PAGE_SIZE, current * DESK_PAGE_SIZE);
    return { wanted, current, total: ids.length, pageIds, entries: await blindByIds(pageIds, contest._id) };
  }

  async function judgeContestPage(v: Extract<Viewer, { role: 'judge' }>, contest: DeskContest, url: URL) {
    const { wanted, current, total, pageIds, entries } = await judgeEntries(v.judge, contest, url);
    const ids = { length: total };
    const scores = await store.query<{ entry: { _ref: string } }[]>(
      judgeOwnScoresQuery,
      { judge: v.judge._id, ids: pageIds },
      { types: ['judgeScore'], contest: contest._id },
    );
    const scored = new Set((scores ?? []).map((s) => s.entry._ref));
    const filter = `<form method="get" class="filter"><label for="trang-thai">Trạng thái</label><select id="trang-thai" name="trang-thai"><option value="">Tất cả</option>${JUDGE_STATUSES.map((s) => `<option value="${s}"${s === wanted ? ' selected' : ''}>${escapeHtml(statusTitle(s))}</option>`).join('')}</select> <button type="submit">Lọc</button></form>`;
    const rows = entries
      .map((e) => `<tr><td><a href="${DESK_PREFIX}bai/${encodeURIComponent(e._id)}/">Bài ${escapeHtml(e.code)}</a></td><td>${escapeHtml(e.title)}</td><td>${escapeHtml(statusTitle(e.status))}</td><td>${e.file ? 'Tệp đính kèm' : `${e.wordCount ?? ''} chữ`}</td><td>${scored.has(e._id) ? 'Đã chấm' : 'Chưa chấm'}</td></tr>`)
      .join('');
    const table = rows ? `<table><thead><tr><th>Mã bài</th><th>Tên tác phẩm</th><th>Trạng thái</th><th>Độ dài</th><th>Điểm của bạn</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Không có bài nào ở trạng thái này.</p>';
    return page(v, contest.title, `<p>${ids.length} bài được giao cho bạn chấm.</p>${filter}${table}${pager(url, current, ids.length > current * DESK_PAGE_SIZE)}`);
  }

  async function editorContestPage(v: Viewer, contest: DeskContest, url: URL) {
    const wanted = url.searchParams.get('trang-thai');
    const status = entryStatuses.some((s) => s.value === wanted) ? wanted : null;
    const current = pageParam(url);
    const all = (await store.query<string[]>(contestStatusesQuery, { contest: contest._id }, ENTRY_SCOPE(contest._id))) ?? [];
    const counts = new Map<string, number>();
    for (const s of all) counts.set(s, (counts.get(s) ?? 0) + 1);
    const rows = (await store.query<Record<string, string | undefined>[]>(
      editorEntriesQuery,
      { contest: contest._id, status, from: (current - 1) * DESK_PAGE_SIZE, to: current * DESK_PAGE_SIZE + 1 },
      status ? { ...ENTRY_SCOPE(contest._id), statuses: [status] } : ENTRY_SCOPE(contest._id),
    )) ?? [];
    const base = `${DESK_PREFIX}cuoc-thi/${encodeURIComponent(contest._id)}/`;
    const countList = `<ul class="counts"><li><a href="${escapeHtml(base)}">Tất cả: ${all.length}</a></li>${entryStatuses.map((s) => `<li><a href="${escapeHtml(base)}?trang-thai=${s.value}">${escapeHtml(s.title)}: <span data-count="${s.value}">${counts.get(s.value) ?? 0}</span></a></li>`).join('')}</ul>`;
    const body = rows
      .slice(0, DESK_PAGE_SIZE)
      .map((e) => `<tr><td><a href="${DESK_PREFIX}bai/${encodeURIComponent(e['_id'] ?? '')}/">${escapeHtml(e['title'])}</a></td><td>${escapeHtml(e['name'])}</td><td>${escapeHtml(e['school'])}</td><td>${escapeHtml(provinceTitle(e['province']))}</td><td>${escapeHtml(statusTitle(e['status'] ?? ''))}</td><td>${escapeHtml(formatDate(e['submittedAt']))}</td></tr>`)
      .join('');
    const table = body ? `<table><thead><tr><th>Tác phẩm</th><th>Người dự thi</th><th>Trường</th><th>Tỉnh</th><th>Trạng thái</th><th>Ngày gửi</th></tr></thead><tbody>${body}</tbody></table>` : '<p>Không có bài nào.</p>';
    const done = url.searchParams.get('da-cong-bo');
    const published = done !== null ? notice(`Đã công bố kết quả: ${Number(done) || 0} bài được công bố, ${Number(url.searchParams.get('khong-cong-bo')) || 0} bài không đủ điều kiện công bố (đã gỡ nếu từng công bố).`) : '';
    const publish = `<form method="post" action="${escapeHtml(base)}cong-bo">${csrfField(v.csrf)}<button type="submit">Công bố kết quả</button></form>`;
    return page(v, contest.title, `${published}${countList}<p><a href="${escapeHtml(base)}xep-hang">Xếp hạng</a></p>${publish}${table}${pager(url, current, rows.length > DESK_PAGE_SIZE)}`);
  }

  async function ranking(v: Viewer, contest: DeskContest) {
    const entries = (await store.query<{ _id: string; title: string; status: string }[]>(rankableEntriesQuery, { contest: contest._id }, { ...ENTRY_SCOPE(contest._id), statuses: RANKABLE_STATUSES })) ?? [];
    const scores = (await store.query<Pick<JudgeScoreRecord, 'scores' | 'entry'>[]>(contestScoresQuery, { contest: contest._id }, { types: ['judgeScore'], contest: contest._id })) ?? [];
    const byId = new Map(entries.map((e) => [e._id, e]));
    const ranked = rankEntries(entries.map((e) => e._id), scores, contest.rubric);
    const rows = ranked
      .map((r) => {
        const e = byId.get(r.entryId)!;
        const rank = r.rank === null ? 'Chưa chấm' : `${r.rank}${r.tied ? ' <span class="tied">(đồng hạng)</span>' : ''}`;
        return `<tr data-entry="${escapeHtml(r.entryId)}"><td class="rank">${rank}</td><td><a href="${DESK_PREFIX}bai/${encodeURIComponent(r.entryId)}/">${escapeHtml(e.title)}</a></td><td class="score">${r.score === null ? '' : formatNumber(r.score)}</td><td class="judges">${r.judges}</td><td>${escapeHtml(statusTitle(e.status))}</td></tr>`;
      })
      .join('');
    const rubric = contest.rubric.length === 0 ? notice('Cuộc thi chưa có tiêu chí chấm (rubric): hãy thêm trong Studio.', 'error') : '';
    const table = rows ? `<table><thead><tr><th>Hạng</th><th>Tác phẩm</th><th>Điểm (0–100)</th><th>Số giám khảo đã chấm</th><th>Trạng thái</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Chưa có bài hợp lệ.</p>';
    return page(v, `Xếp hạng — ${contest.title}`, `${rubric}${table}`);
  }

  async function publishResults(res: ServerResponse, contest: DeskContest) {
    // Whole documents for the few thousand finalists and winners only; ids alone for everything else.
    const params = { contest: contest._id, statuses: RESULT_ENTRY_STATUSES };
    const entries = (await store.query<ContestEntryRecord[]>(resultEntriesQuery, params, { ...ENTRY_SCOPE(contest._id), statuses: RESULT_ENTRY_STATUSES })) ?? [];
    const remove = (await store.query<string[]>(otherEntryIdsQuery, params, ENTRY_SCOPE(contest._id))) ?? [];
    const at = now();
    const put = [];
    for (const entry of entries) {
      const record = resultRecord(entry, at);
      if (record) put.push(record);
      else remove.push(entry._id);
    }
    await writer.put(put as unknown as { _id: string; _type: string }[]);
    await writer.remove(remove);
    options.requestBuild?.(`bàn chấm thi: công bố kết quả cuộc thi ${contest._id}`);
    redirect(res, `${DESK_PREFIX}cuoc-thi/${encodeURIComponent(contest._id)}/?da-cong-bo=${put.length}&khong-cong-bo=${remove.length}`);
  }

  // --- entries -------------------------------------------------------------------------------------
  /** The entry as a judge may have it, or 404: unknown, not theirs, not in judging, or in conflict. */
  async function judgeEntry(judge: JudgeRecord, id: string): Promise<BlindEntry> {
    const access = await store.query<{ _id: string; status: string; contest: string; school?: string; province?: string } | null>(entryAccessQuery, { id }, { ...ENTRY_SCOPE(), ids: [id] });
    if (!access || !judge.contests.some((ref) => ref._ref === access.contest)) throw notFound();
    if (!(JUDGE_STATUSES as readonly string[]).includes(access.status) || isConflicted(judge, access)) throw notFound();
    const [entry] = await blindByIds([id], access.contest);
    if (!entry) throw notFound();
    return entry;
  }

  function scoreForm(v: Viewer, entry: BlindEntry, contest: DeskContest, values: Map<string, string>, comment: string, error?: string) {
    if (contest.rubric.length === 0) return notice('Cuộc thi chưa có tiêu chí chấm (rubric); chưa chấm được.', 'error');
    const fields = contest.rubric
      .map((c) => `<label for="tc-${escapeHtml(c._key)}">${escapeHtml(c.title)} (0–${c.maxScore}, hệ số ${c.weight})</label><input id="tc-${escapeHtml(c._key)}" name="tc-${escapeHtml(c._key)}" type="number" min="0" max="${c.maxScore}" step="any" required value="${escapeHtml(values.get(c._key) ?? '')}">`)
      .join('');
    return `<h2>Chấm điểm</h2>${error ? notice(error, 'error') : ''}<form method="post" action="${DESK_PREFIX}bai/${encodeURIComponent(entry._id)}/cham">${csrfField(v.csrf)}${fields}<label for="nhan-xet">Nhận xét (không bắt buộc)</label><textarea id="nhan-xet" name="nhan-xet" maxlength="5000">${escapeHtml(comment)}</textarea><button type="submit">Lưu điểm</button></form>`;
  }

  const scoreId = (judgeId: string, entryId: string) => `judgeScore.${idSuffix(judgeId)}.${idSuffix(entryId)}`;

  async function judgeEntryPage(v: Extract<Viewer, { role: 'judge' }>, id: string, url: URL, error?: { message: string; values: Map<string, string>; comment: string }) {
    const entry = await judgeEntry(v.judge, id);
    const contest = await contestFor(v, entry.contest);
    const saved = (await store.get(scoreId(v.judge._id, entry._id))) as unknown as JudgeScoreRecord | null;
    const values = error?.values ?? new Map((saved?.scores ?? []).map((s) => [s.criterion, String(s.score)]));
    const work = entry.text ? `<div class="work">${escapeHtml(entry.text)}</div>` : '';
    const file = entry.file ? `<p><a href="${DESK_PREFIX}bai/${encodeURIComponent(entry._id)}/tep">Tải tác phẩm (${escapeHtml(neutralFileName(entry.code, entry.file.kind, entry.file.mimeType))})</a></p>` : '';
    const ok = url.searchParams.has('da-luu') && !error ? notice('Đã lưu điểm của bạn.') : '';
    const body = `${ok}<p>Bài ${escapeHtml(entry.code)} · ${escapeHtml(statusTitle(entry.status))}${entry.wordCount ? ` · ${entry.wordCount} chữ` : ''}</p><h2>${escapeHtml(entry.title)}</h2>${work}${file}${scoreForm(v, entry, contest, values, error?.comment ?? saved?.comment ?? '', error?.message)}`;
    return page(v, `Bài ${entry.code}`, body);
  }

  async function saveScore(res: ServerResponse, v: Extract<Viewer, { role: 'judge' }>, id: string, fields: URLSearchParams, url: URL) {
    const entry = await judgeEntry(v.judge, id);
    const contest = await contestFor(v, entry.contest);
    if (contest.rubric.length === 0) throw new HttpError(409, 'Cuộc thi chưa có tiêu chí chấm (rubric); chưa chấm được.');
    const values = new Map(contest.rubric.map((c) => [c._key, (fields.get(`tc-${c._key}`) ?? '').trim()]));
    const comment = (fields.get('nhan-xet') ?? '').normalize('NFC').trim().slice(0, 5000);
    const scores: JudgeScoreRecord['scores'] = [];
    for (const criterion of contest.rubric) {
      const raw = values.get(criterion._key)!.replace(',', '.');
      const score = raw === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(score) || score < 0 || score > criterion.maxScore) {
        const message = `Điểm tiêu chí "${criterion.title}" phải là một số từ 0 đến ${criterion.maxScore}.`;
        return sendHtml(res, 400, await judgeEntryPage(v, id, url, { message, values, comment }));
      }
      scores.push({ _key: criterion._key, criterion: criterion._key, score });
    }
    const doc: JudgeScoreRecord = {
      _id: scoreId(v.judge._id, entry._id),
      _type: 'judgeScore',
      judge: { _type: 'reference', _ref: v.judge._id },
      entry: { _type: 'reference', _ref: entry._id },
      contest: { _type: 'reference', _ref: contest._id, _weak: true },
      scores,
      ...(comment ? { comment } : {}),
      scoredAt: now().toISOString(),
    };
    await store.createOrReplace(doc as unknown as { _id: string; _type: string });
    redirect(res, `${DESK_PREFIX}bai/${encodeURIComponent(entry._id)}/?da-luu=1`);
  }

  async function editorEntryPage(v: Viewer, id: string, url: URL, error?: string) {
    const entry = await store.query<(ContestEntryRecord & { _rev?: string }) | null>(entryQuery, { id }, { ...ENTRY_SCOPE(), ids: [id] });
    if (!entry) throw notFound();
    const contest = await contests.get(entry.contest?._ref);
    const dl = (pairs: [string, unknown][]) => `<dl>${pairs.filter(([, value]) => value !== undefined && value !== '').map(([k, value]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
    const entrant = entry.entrant ?? ({} as ContestEntryRecord['entrant']);
    const consents = (entry.consents ?? [])
      .map((c) => `<li>${escapeHtml(titleOf(consentPurposes, c.purpose) ?? c.purpose)} — ${escapeHtml(titleOf(consentGivers, c.givenBy) ?? c.givenBy)}, ${escapeHtml(formatDate(c.givenAt))}${c.withdrawnAt ? `, <strong>đã rút lại ${escapeHtml(formatDate(c.withdrawnAt))}</strong>` : ''}: “${escapeHtml(c.wording)}” (bản ${escapeHtml(c.wordingVersion)})</li>`)
      .join('');
    const details = dl([
      ['Cuộc thi', contest?.title ?? entry.contest?._ref],
      ['Trạng thái', statusTitle(entry.status)],
      ['Lý do không hợp lệ', entry.invalidReason],
      ['Giải', entry.placing ? (contest?.prizes.find((p) => p._key === entry.placing)?.title ?? entry.placing) : undefined],
      ['Ngày gửi', formatDate(entry.submittedAt)],
      ['Người dự thi', entrant.name],
      ['Vai trò', titleOf(entrantRoles, entrant.role) ?? entrant.role],
      ['Trường, đơn vị', entrant.school],
      ['Tỉnh, thành phố', provinceTitle(entrant.province)],
      ['Năm sinh', entrant.birthYear],
      ['Thư điện tử', entry.contact?.email],
      ['Điện thoại', entry.contact?.phone],
      ['Địa chỉ', entry.contact?.address],
      ['Người đại diện', entry.representative ? `${entry.representative.name} (${entry.representative.relation}) ${entry.representative.contact?.email ?? ''} ${entry.representative.contact?.phone ?? ''}` : undefined],
      ['Đồng ý công bố', (entry.publishFields ?? []).map((f) => titleOf(publishableFields, f) ?? f).join(', ')],
      ['Tệp', entry.file ? `${entry.file.originalName} (${entry.file.mimeType}, ${entry.file.size} byte)` : undefined],
    ]);
    const file = entry.file ? `<p><a href="${DESK_PREFIX}bai/${encodeURIComponent(entry._id)}/tep">Tải tệp</a></p>` : '';
    const next = entryTransitions[entry.status] ?? [];
    const prizes = contest?.prizes ?? [];
    const statusForm = next.length
      ? `<h2>Đổi trạng thái</h2>${error ? notice(error, 'error') : ''}<form method="post" action="${DESK_PREFIX}bai/${encodeURIComponent(entry._id)}/trang-thai">${csrfField(v.csrf)}<input type="hidden" name="phien-ban" value="${escapeHtml(entry._rev ?? '')}"><label for="trang-thai">Trạng thái mới</label><select id="trang-thai" name="trang-thai">${next.map((s) => `<option value="${s}">${escapeHtml(statusTitle(s))}</option>`).join('')}</select><label for="ly-do">Lý do (bắt buộc khi không hợp lệ)</label><textarea id="ly-do" name="ly-do" maxlength="1000"></textarea>${prizes.length ? `<label for="giai">Giải (khi đạt giải)</label><select id="giai" name="giai"><option value="">—</option>${prizes.map((p) => `<option value="${escapeHtml(p._key)}">${escapeHtml(p.title)}</option>`).join('')}</select>` : ''}<button type="submit">Lưu trạng thái</button></form>`
      : '';
    const ok = url.searchParams.has('da-luu') && !error ? notice('Đã lưu trạng thái.') : '';
    return page(v, entry.title || entry._id, `${ok}${details}${consents ? `<h2>Sự đồng ý</h2><ul>${consents}</ul>` : ''}${entry.text ? `<h2>Nội dung</h2><div class="work">${escapeHtml(entry.text)}</div>` : ''}${file}${statusForm}`);
  }

  async function changeStatus(res: ServerResponse, v: Viewer, id: string, fields: URLSearchParams, url: URL) {
    const entry = await store.query<(ContestEntryRecord & { _rev?: string }) | null>(entryQuery, { id }, { ...ENTRY_SCOPE(), ids: [id] });
    if (!entry) throw notFound();
    const to = fields.get('trang-thai') as EntryStatus | null;
    const reason = (fields.get('ly-do') ?? '').normalize('NFC').trim().slice(0, 1000);
    const placing = fields.get('giai') ?? '';
    const refuse = async (message: string, status = 400) => sendHtml(res, status, await editorEntryPage(v, id, url, message));
    if (!to || !(entryTransitions[entry.status] ?? []).includes(to)) {
      return refuse(`Không thể chuyển bài ${id} từ "${statusTitle(entry.status)}" sang "${statusTitle(to ?? '')}".`);
    }
    if (to === 'khong-hop-le' && reason === '') return refuse(`Cần ghi lý do khi chuyển bài ${id} sang "Không hợp lệ" (trường ly-do).`);
    if (to === 'dat-giai') {
      const contest = await contests.get(entry.contest._ref);
      if (!contest?.prizes.some((p) => p._key === placing)) return refuse(`Cần chọn một giải của cuộc thi khi chuyển bài ${id} sang "Đạt giải" (trường giai).`);
    }
    const set: Record<string, unknown> = { status: to };
    const unset: string[] = [];
    if (to === 'khong-hop-le') set['invalidReason'] = reason;
    else unset.push('invalidReason');
    if (to === 'dat-giai') set['placing'] = placing;
    else unset.push('placing');
    const revision = fields.get('phien-ban') ?? '';
    // The form always carries the revision it was drawn from; without it the lock could be skipped.
    if (revision === '') return refuse(`Biểu mẫu đổi trạng thái bài ${id} thiếu phiên bản (phien-ban); hãy tải lại trang.`);
    try {
      await store.patch(id, { set, unset, ifRevisionId: revision });
    } catch (error) {
      if (error instanceof StoreConflictError) return refuse(error.message, 409);
      throw error;
    }
    redirect(res, `${DESK_PREFIX}bai/${encodeURIComponent(id)}/?da-luu=1`);
  }

  async function download(res: ServerResponse, v: Viewer, id: string) {
    let asset: string;
    let name: string;
    let mimeType: string;
    let clean = (bytes: Uint8Array): Promise<Uint8Array> => Promise.resolve(bytes);
    if (v.role === 'judge') {
      const entry = await judgeEntry(v.judge, id);
      if (!entry.file) throw notFound();
      asset = entry.file.asset;
      mimeType = entry.file.mimeType;
      name = neutralFileName(entry.code, entry.file.kind, entry.file.mimeType);
      const kind = entry.file.kind;
      clean = (bytes) => neutralBytes(kind, bytes);
    } else {
      const entry = await store.query<ContestEntryRecord | null>(entryQuery, { id }, { ...ENTRY_SCOPE(), ids: [id] });
      if (!entry?.file?.asset?._ref) throw notFound();
      asset = entry.file.asset._ref;
      mimeType = entry.file.mimeType;
      name = neutralFileName(blindEntry(entry as unknown as Record<string, unknown>).code, entry.file.kind, entry.file.mimeType);
    }
    const bytes = await store.readFile(asset);
    if (!bytes) throw notFound();
    let body: Uint8Array;
    try {
      body = await clean(bytes);
    } catch (error) {
      log(`[bàn chấm thi] Không xóa được thông tin tác giả trong tệp của bài ${id}: ${(error as Error).message}`);
      throw new HttpError(422, `Tệp của bài ${id} bị hỏng hoặc không đọc được, nên không gửi cho giám khảo; hãy báo Ban tổ chức.`);
    }
    res.writeHead(200, headers({ 'Content-Type': mimeType, 'Content-Length': String(body.byteLength), 'Content-Disposition': `attachment; filename="${name}"` }));
    res.end(body);
  }

  // --- judges and nominations ----------------------------------------------------------------------
  async function judgesPage(v: Viewer) {
    const judges = (await store.query<JudgeRecord[]>(judgesQuery, {}, { types: ['judge'] })) ?? [];
    const all = await contests.list();
    const rows = judges
      .map((j) => `<tr><td>${escapeHtml(j.name)}</td><td>${escapeHtml((j.contests ?? []).map((r) => all.find((c) => c._id === r._ref)?.title ?? r._ref).join('; '))}</td><td>${escapeHtml([...(j.conflictSchools ?? []), ...(j.conflictProvinces ?? []).map(provinceTitle)].join('; '))}</td><td>${j.active ? 'Đang chấm' : 'Đã khóa'}</td></tr>`)
      .join('');
    return page(v, 'Giám khảo', rows ? `<table><thead><tr><th>Họ tên</th><th>Cuộc thi</th><th>Xung đột lợi ích đã khai</th><th>Trạng thái</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Chưa có giám khảo; thêm bằng lệnh <code>pnpm server desk add-judge</code>.</p>');
  }

  async function nominationsPage(v: Viewer, url: URL) {
    const wanted = url.searchParams.get('trang-thai');
    const status = nominationStatuses.some((s) => s.value === wanted) ? wanted : null;
    const current = pageParam(url);
    const all = (await store.query<string[]>(nominationStatusesQuery, {}, { types: ['nomination'] })) ?? [];
    const rows = (await store.query<Record<string, string | undefined>[]>(nominationsQuery, { status, from: (current - 1) * DESK_PAGE_SIZE, to: current * DESK_PAGE_SIZE + 1 }, { types: ['nomination'] })) ?? [];
    const counts = `<ul class="counts"><li><a href="${DESK_PREFIX}de-cu/">Tất cả: ${all.length}</a></li>${nominationStatuses.map((s) => `<li><a href="${DESK_PREFIX}de-cu/?trang-thai=${s.value}">${escapeHtml(s.title)}: ${all.filter((x) => x === s.value).length}</a></li>`).join('')}</ul>`;
    const body = rows
      .slice(0, DESK_PAGE_SIZE)
      .map((n) => `<tr><td><a href="${DESK_PREFIX}de-cu/${encodeURIComponent(n['_id'] ?? '')}/">${escapeHtml(n['name'])}</a></td><td>${escapeHtml(titleOf(nomineeKinds, n['kind']) ?? '')}</td><td>${escapeHtml(n['unit'])}</td><td>${escapeHtml(provinceTitle(n['province']))}</td><td>${escapeHtml(titleOf(nominationStatuses, n['status']) ?? '')}</td><td>${escapeHtml(formatDate(n['submittedAt']))}</td></tr>`)
      .join('');
    const table = body ? `<table><thead><tr><th>Người, tập thể được đề cử</th><th>Loại</th><th>Đơn vị</th><th>Tỉnh</th><th>Trạng thái</th><th>Ngày gửi</th></tr></thead><tbody>${body}</tbody></table>` : '<p>Không có đề cử nào.</p>';
    return page(v, 'Đề cử gương điển hình', `${counts}${table}${pager(url, current, rows.length > DESK_PAGE_SIZE)}`);
  }

  async function nomination(id: string): Promise<NominationRecord & { _rev?: string }> {
    const doc = (await store.get(id)) as unknown as (NominationRecord & { _rev?: string }) | null;
    if (!doc || doc._type !== 'nomination') throw notFound();
    return doc;
  }

  const REVIEW_STATUSES: readonly NominationStatus[] = ['da-nhan', 'dang-xem-xet', 'khong-chon'];

  async function nominationPage(v: Viewer, id: string, url: URL, error?: string) {
    const n = await nomination(id);
    const nominee = n.nominee ?? ({} as NominationRecord['nominee']);
    const pairs: [string, unknown][] = [
      ['Trạng thái', titleOf(nominationStatuses, n.status) ?? n.status],
      ['Loại', titleOf(nomineeKinds, nominee.kind) ?? nominee.kind],
      ['Chức vụ, vai trò', nominee.role],
      ['Đơn vị', nominee.unit],
      ['Tỉnh, thành phố', provinceTitle(nominee.province)],
      ['Năm sinh', nominee.birthYear],
      ['Người đề cử', n.nominator ? `${n.nominator.name}${n.nominator.relation ? ` (${n.nominator.relation})` : ''}` : undefined],
      ['Thư điện tử', n.nominator?.contact?.email],
      ['Điện thoại', n.nominator?.contact?.phone],
      ['Ngày gửi', formatDate(n.submittedAt)],
      ['Hồ sơ gương điển hình', n.exemplar?._ref],
    ];
    const details = `<dl>${pairs.filter(([, x]) => x !== undefined && x !== '').map(([k, x]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(x)}</dd>`).join('')}</dl>`;
    const links = (n.evidenceLinks ?? []).filter((l) => /^https?:\/\//i.test(l)).map((l) => `<li><a href="${escapeHtml(l)}" rel="noreferrer noopener">${escapeHtml(l)}</a></li>`).join('');
    const base = `${DESK_PREFIX}de-cu/${encodeURIComponent(n._id)}/`;
    const rev = `<input type="hidden" name="phien-ban" value="${escapeHtml(n._rev ?? '')}">`;
    const review = n.status === 'da-tao-ho-so'
      ? ''
      : `<h2>Xem xét</h2><form method="post" action="${escapeHtml(base)}ghi-chu">${csrfField(v.csrf)}${rev}<label for="trang-thai">Trạng thái</label><select id="trang-thai" name="trang-thai">${REVIEW_STATUSES.map((s) => `<option value="${s}"${s === n.status ? ' selected' : ''}>${escapeHtml(titleOf(nominationStatuses, s) ?? s)}</option>`).join('')}</select><label for="ghi-chu">Ghi chú xem xét</label><textarea id="ghi-chu" name="ghi-chu" maxlength="5000">${escapeHtml(n.reviewNote ?? '')}</textarea><button type="submit">Lưu</button></form>
<form method="post" action="${escapeHtml(base)}tao-ho-so">${csrfField(v.csrf)}${rev}<button type="submit">Tạo hồ sơ gương điển hình</button></form>`;
    const ok = url.searchParams.has('da-tao') ? notice('Đã tạo bản nháp hồ sơ gương điển hình (giai đoạn "Nhân tố mới"); hãy hoàn thiện và xuất bản trong Studio.') : url.searchParams.has('da-luu') ? notice('Đã lưu.') : '';
    return page(v, nominee.name || n._id, `${ok}${error ? notice(error, 'error') : ''}${details}<h2>Thành tích</h2><div class="work">${escapeHtml(n.achievements)}</div>${links ? `<h2>Minh chứng</h2><ul>${links}</ul>` : ''}${review}`);
  }

  async function reviewNomination(res: ServerResponse, v: Viewer, id: string, fields: URLSearchParams, url: URL) {
    const n = await nomination(id);
    const status = fields.get('trang-thai') as NominationStatus | null;
    if (n.status === 'da-tao-ho-so' || !status || !REVIEW_STATUSES.includes(status)) {
      return sendHtml(res, 400, await nominationPage(v, id, url, `Không thể đặt trạng thái "${status ?? ''}" cho đề cử ${id} ở đây.`));
    }
    const note = (fields.get('ghi-chu') ?? '').normalize('NFC').trim().slice(0, 5000);
    const revision = fields.get('phien-ban') ?? '';
    if (revision === '') return sendHtml(res, 400, await nominationPage(v, id, url, `Biểu mẫu của đề cử ${id} thiếu phiên bản (phien-ban); hãy tải lại trang.`));
    try {
      await store.patch(id, { set: { status, reviewNote: note }, ifRevisionId: revision });
    } catch (error) {
      if (error instanceof StoreConflictError) return sendHtml(res, 409, await nominationPage(v, id, url, error.message));
      throw error;
    }
    redirect(res, `${DESK_PREFIX}de-cu/${encodeURIComponent(id)}/?da-luu=1`);
  }

  async function startExemplar(res: ServerResponse, v: Viewer, id: string, fields: URLSearchParams, url: URL) {
    const n = await nomination(id);
    if (n.status === 'da-tao-ho-so' || n.exemplar) {
      return sendHtml(res, 409, await nominationPage(v, id, url, `Đề cử ${id} đã có hồ sơ gương điển hình ${n.exemplar?._ref ?? ''}.`));
    }
    const draft = exemplarDraftFrom(n);
    const published = draft._id.slice('drafts.'.length);
    const revision = fields.get('phien-ban') ?? '';
    if (revision === '') return sendHtml(res, 400, await nominationPage(v, id, url, `Biểu mẫu của đề cử ${id} thiếu phiên bản (phien-ban); hãy tải lại trang.`));
    // The nomination is claimed first (optimistic lock): two editors clicking at once make one draft.
    try {
      await store.patch(id, { set: { status: 'da-tao-ho-so', exemplar: { _type: 'reference', _ref: published, _weak: true } }, ifRevisionId: revision });
    } catch (error) {
      if (error instanceof StoreConflictError) return sendHtml(res, 409, await nominationPage(v, id, url, error.message));
      throw error;
    }
    try {
      await writer.put([draft]);
    } catch (error) {
      await store.patch(id, { set: { status: n.status }, unset: ['exemplar'] });
      throw error;
    }
    redirect(res, `${DESK_PREFIX}de-cu/${encodeURIComponent(id)}/?da-tao=1`);
  }

  // --- routing -------------------------------------------------------------------------------------
  async function route(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === STYLESHEET_PATH) {
      res.writeHead(200, headers({ 'Content-Type': 'text/css; charset=utf-8', 'Content-Length': String(Buffer.byteLength(DESK_STYLESHEET)), 'Cache-Control': 'public, max-age=3600' }));
      return res.end(DESK_STYLESHEET);
    }
    if (path === `${DESK_PREFIX}dang-nhap`) return login(req, res, url);
    const v = await viewer(req);
    if (!v) {
      return sendHtml(res, 401, layout('<p>Bạn chưa đăng nhập, hoặc phiên làm việc đã hết hạn sau 8 giờ. Hãy mở lại đường dẫn đăng nhập mà Ban tổ chức đã gửi.</p>', { title: 'Cần đăng nhập' }));
    }
    let fields: URLSearchParams | undefined;
    if (method === 'POST') {
      fields = await form(req);
      if (!csrfMatches(fields.get('csrf') ?? undefined, v.token, secret)) throw new HttpError(403, 'Biểu mẫu đã cũ hoặc không đến từ bàn chấm thi (mã chống giả mạo không khớp); hãy tải lại trang rồi gửi lại.');
    } else if (method !== 'GET' && method !== 'HEAD') {
      throw new HttpError(405, 'Bàn chấm thi chỉ nhận GET và POST.');
    }
    const isEditor = v.role === 'editor';
    const editorOnly = () => {
      if (!isEditor) throw notFound();
    };
    if (path === `${DESK_PREFIX}dang-xuat` && fields) {
      return redirect(res, `${DESK_PREFIX}dang-nhap?da-thoat=1`, { 'Set-Cookie': `${SESSION_COOKIE}=; ${cookieAttributes}; Max-Age=0` });
    }
    if (path === DESK_PREFIX && !fields) return sendHtml(res, 200, await home(v));

    let m = /^\/cham-thi\/cuoc-thi\/([^/]+)\/(xep-hang|cong-bo|bai\.json)?$/.exec(path);
    if (m) {
      const contest = await contestFor(v, decodeURIComponent(m[1]!));
      if (m[2] === 'bai.json' && !fields) {
        if (v.role !== 'judge') throw notFound();
        const { current, total, entries } = await judgeEntries(v.judge, contest, url);
        const json = `${JSON.stringify({ contest: { _id: contest._id, title: contest.title, rubric: contest.rubric }, page: current, pageSize: DESK_PAGE_SIZE, total, entries })}\n`;
        res.writeHead(200, headers({ 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(json)) }));
        return void res.end(json);
      }
      if (m[2] === 'xep-hang' && !fields) return editorOnly(), sendHtml(res, 200, await ranking(v, contest));
      if (m[2] === 'cong-bo' && fields) return editorOnly(), publishResults(res, contest);
      if (!m[2] && !fields) return sendHtml(res, 200, v.role === 'judge' ? await judgeContestPage(v, contest, url) : await editorContestPage(v, contest, url));
      throw notFound();
    }
    m = /^\/cham-thi\/bai\/([^/]+)\/(tep|cham|trang-thai)?$/.exec(path);
    if (m) {
      const id = decodeURIComponent(m[1]!);
      if (!SAFE_ID.test(id) || !id.startsWith('contestEntry.')) throw notFound();
      if (m[2] === 'tep' && !fields) return download(res, v, id);
      if (m[2] === 'cham' && fields) {
        if (v.role !== 'judge') throw notFound();
        return saveScore(res, v, id, fields, url);
      }
      if (m[2] === 'trang-thai' && fields) return editorOnly(), changeStatus(res, v, id, fields, url);
      if (!m[2] && !fields) return sendHtml(res, 200, v.role === 'judge' ? await judgeEntryPage(v, id, url) : await editorEntryPage(v, id, url));
      throw notFound();
    }
    if (path === `${DESK_PREFIX}giam-khao` && !fields) return editorOnly(), sendHtml(res, 200, await judgesPage(v));
    if (path === `${DESK_PREFIX}de-cu/` && !fields) return editorOnly(), sendHtml(res, 200, await nominationsPage(v, url));
    m = /^\/cham-thi\/de-cu\/([^/]+)\/(ghi-chu|tao-ho-so)?$/.exec(path);
    if (m) {
      editorOnly();
      const id = decodeURIComponent(m[1]!);
      if (!SAFE_ID.test(id) || !id.startsWith('nomination.')) throw notFound();
      if (m[2] === 'ghi-chu' && fields) return reviewNomination(res, v, id, fields, url);
      if (m[2] === 'tao-ho-so' && fields) return startExemplar(res, v, id, fields, url);
      if (!m[2] && !fields) return sendHtml(res, 200, await nominationPage(v, id, url));
    }
    throw notFound();
  }

  return async (req, res, url) => {
    try {
      await route(req, res, url);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendHtml(res, error.status, layout(`<p>${escapeHtml(error.message)}</p>`, { title: error.status === 404 ? 'Không tìm thấy' : 'Không thực hiện được' }));
      log(`[bàn chấm thi] Lỗi khi phục vụ ${req.method ?? '?'} ${url.pathname}: ${(error as Error)?.message ?? String(error)}`);
      sendHtml(res, 500, layout('<p>Bàn chấm thi gặp lỗi khi xử lý yêu cầu; hãy thử lại sau ít phút hoặc báo quản trị kỹ thuật.</p>', { title: 'Lỗi máy chủ' }));
    }
  };
}
