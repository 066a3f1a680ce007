/**
 * The intake's server-rendered pages (Vietnamese): the form repeated with every typed value refilled
 * after a refusal, the one-click "Xác nhận gửi" page of the no-JavaScript path, the receipt, the
 * status lookup and the withdrawal. Every value is escaped; no inline script or style (the CSP
 * allows neither): the look comes from STYLESHEET, served by the server at STYLESHEET_PATH.
 */
import { CONSENT_WORDINGS } from '../../../../schemas/participation/consent-wording.ts';
import { COMMON_FIELDS, ENTRY_FIELDS as E, INTAKE_PATHS, NOMINATION_FIELDS as N } from '../../../../schemas/participation/form-fields.ts';
import { entrantRoles, nomineeKinds, publishableFields } from '../../../../schemas/participation/vocabulary.ts';
import { provinces } from '../../../../schemas/vocabularies/provinces.ts';
import type { FieldErrors } from './form-values.ts';

export const STYLESHEET_PATH = '/tham-gia/giao-dien.css';
export const STYLESHEET = `body{font:17px/1.55 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fbfaf7}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 4rem}h1{font-size:1.6rem;line-height:1.25}
label,legend{display:block;font-weight:600;margin-top:1rem}input[type=text],input[type=email],input[type=tel],input[type=number],select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.45rem;border:1px solid #767676;border-radius:4px}
textarea{min-height:10rem}fieldset{border:1px solid #ccc;margin-top:1rem}.check{font-weight:400;display:flex;gap:.5rem;align-items:flex-start}
.loi{color:#a4000f;font-weight:600}.tom-tat{border:2px solid #a4000f;padding:.5rem 1rem}.ma{font:700 1.5rem monospace;letter-spacing:.05em;white-space:nowrap}
button{font:inherit;font-weight:600;margin-top:1.5rem;padding:.6rem 1.4rem;border:0;border-radius:4px;background:#8a1c12;color:#fff}
dt{font-weight:600}dd{margin:0 0 .6rem}.an{position:absolute;left:-9999px}`;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} — Gương sáng</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}"></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
<p><a href="/">Về trang chủ Gương sáng</a></p></main></body></html>`;
}

type Input =
  | { name: string; label: string; type: 'text' | 'email' | 'tel' | 'number' | 'textarea' }
  | { name: string; label: string; type: 'select'; options: readonly { value: string; title: string }[] }
  | { name: string; label: string; type: 'check' }
  | { name: string; label: string; type: 'checks'; options: readonly { value: string; title: string }[] }
  | { name: string; label: string; type: 'file'; multiple?: boolean };

const ENTRY_INPUTS: readonly Input[] = [
  { name: E.title, label: 'Tên tác phẩm', type: 'text' },
  { name: E.text, label: 'Nội dung tác phẩm', type: 'textarea' },
  { name: E.file, label: 'Tệp tác phẩm (nếu có)', type: 'file' },
  { name: E.name, label: 'Họ và tên', type: 'text' },
  { name: E.role, label: 'Vai trò', type: 'select', options: entrantRoles },
  { name: E.school, label: 'Trường, đơn vị', type: 'text' },
  { name: E.province, label: 'Tỉnh, thành phố', type: 'select', options: provinces },
  { name: E.birthYear, label: 'Năm sinh', type: 'number' },
  { name: E.email, label: 'Thư điện tử', type: 'email' },
  { name: E.phone, label: 'Số điện thoại', type: 'tel' },
  { name: E.address, label: 'Địa chỉ', type: 'text' },
  { name: E.representativeName, label: 'Người dự thi dưới 16 tuổi — họ và tên người đại diện theo pháp luật', type: 'text' },
  { name: E.representativeRelation, label: 'Quan hệ với người dự thi (mẹ, bố, người giám hộ…)', type: 'text' },
  { name: E.representativeEmail, label: 'Thư điện tử của người đại diện', type: 'email' },
  { name: E.representativePhone, label: 'Số điện thoại của người đại diện', type: 'tel' },
  { name: E.consentProcessing, label: CONSENT_WORDINGS['entry-processing'].text, type: 'check' },
  { name: E.consentPublish, label: CONSENT_WORDINGS['entry-publish'].text, type: 'check' },
  { name: E.publishFields, label: 'Thông tin được công bố', type: 'checks', options: publishableFields },
  { name: E.consentChild, label: CONSENT_WORDINGS['entry-child-publish'].text, type: 'check' },
];

const NOMINATION_INPUTS: readonly Input[] = [
  { name: N.nomineeKind, label: 'Đề cử', type: 'select', options: nomineeKinds },
  { name: N.nomineeName, label: 'Người hoặc tập thể được đề cử', type: 'text' },
  { name: N.nomineeRole, label: 'Chức vụ', type: 'text' },
  { name: N.nomineeUnit, label: 'Đơn vị', type: 'text' },
  { name: N.nomineeProvince, label: 'Tỉnh, thành phố', type: 'select', options: provinces },
  { name: N.nomineeBirthYear, label: 'Năm sinh', type: 'number' },
  { name: N.achievements, label: 'Thành tích, việc làm tiêu biểu', type: 'textarea' },
  { name: N.evidenceLinks, label: 'Liên kết minh chứng (mỗi dòng một địa chỉ)', type: 'textarea' },
  { name: N.evidenceFiles, label: 'Tệp minh chứng (tối đa 5 tệp)', type: 'file', multiple: true },
  { name: N.nominatorName, label: 'Họ và tên người đề cử', type: 'text' },
  { name: N.nominatorRelation, label: 'Quan hệ với người được đề cử', type: 'text' },
  { name: N.email, label: 'Thư điện tử', type: 'email' },
  { name: N.phone, label: 'Số điện thoại', type: 'tel' },
  { name: N.consentProcessing, label: CONSENT_WORDINGS['nomination-processing'].text, type: 'check' },
  { name: N.consentNominee, label: CONSENT_WORDINGS['nomination-nominee'].text, type: 'check' },
];

export type SubmissionKind = 'entry' | 'nomination';

function inputHtml(input: Input, values: Map<string, string[]>, errors: FieldErrors, hadFiles: boolean): string {
  const id = `o-${input.name}`;
  const first = values.get(input.name)?.[0] ?? '';
  const error = errors[input.name];
  const errorHtml = error ? `<p class="loi" id="${id}-loi">${escapeHtml(error)}</p>` : '';
  const described = error ? ` aria-describedby="${id}-loi" aria-invalid="true"` : '';
  const name = escapeHtml(input.name);
  switch (input.type) {
    case 'textarea':
      return `<label for="${id}">${escapeHtml(input.label)}</label>${errorHtml}<textarea id="${id}" name="${name}"${described}>${escapeHtml(first)}</textarea>`;
    case 'select': {
      const options = input.options.map((o) => `<option value="${escapeHtml(o.value)}"${o.value === first ? ' selected' : ''}>${escapeHtml(o.title)}</option>`).join('');
      return `<label for="${id}">${escapeHtml(input.label)}</label>${errorHtml}<select id="${id}" name="${name}"${described}><option value="">— Chọn —</option>${options}</select>`;
    }
    case 'check':
      return `${errorHtml}<label class="check"><input type="checkbox" name="${name}" value="co"${first === 'co' ? ' checked' : ''}${described}> <span>${escapeHtml(input.label)}</span></label>`;
    case 'checks': {
      const chosen = values.get(input.name) ?? [];
      const boxes = input.options
        .map((o) => `<label class="check"><input type="checkbox" name="${name}" value="${escapeHtml(o.value)}"${chosen.includes(o.value) ? ' checked' : ''}> <span>${escapeHtml(o.title)}</span></label>`)
        .join('');
      return `<fieldset><legend>${escapeHtml(input.label)}</legend>${errorHtml}${boxes}</fieldset>`;
    }
    case 'file':
      return `<label for="${id}">${escapeHtml(input.label)}</label>${errorHtml}${hadFiles ? '<p class="loi">Tệp đã chọn chưa được gửi: hãy chọn lại tệp.</p>' : ''}<input type="file" id="${id}" name="${name}"${input.multiple ? ' multiple' : ''}${described}>`;
    default:
      return `<label for="${id}">${escapeHtml(input.label)}</label>${errorHtml}<input type="${input.type}" id="${id}" name="${name}" value="${escapeHtml(first)}"${described}>`;
  }
}

export interface RefillOptions {
  kind: SubmissionKind;
  message: string;
  errors: FieldErrors;
  values: Map<string, string[]>;
  hadFiles: boolean;
  /** A fresh ticket, so the corrected form goes through without the confirmation step. */
  ticket: string;
  idempotencyKey: string;
}

/** The whole form again, every typed value refilled (escaped) except files. */
export function refillPage(options: RefillOptions): string {
  const inputs = options.kind === 'entry' ? ENTRY_INPUTS : NOMINATION_INPUTS;
  const action = options.kind === 'entry' ? INTAKE_PATHS.entry : INTAKE_PATHS.nomination;
  const listed = Object.entries(options.errors).map(([field, message]) => `<li><a href="#o-${escapeHtml(field)}">${escapeHtml(message)}</a></li>`);
  const hidden = options.kind === 'entry' ? `<input type="hidden" name="${E.contest}" value="${escapeHtml(options.values.get(E.contest)?.[0] ?? '')}">` : '';
  const body = `<div class="tom-tat" role="alert"><p class="loi">${escapeHtml(options.message)}</p>${listed.length > 0 ? `<ul>${listed.join('')}</ul>` : ''}<p>Những gì bạn đã nhập vẫn còn bên dưới; hãy sửa rồi gửi lại.</p></div>
<form method="post" action="${action}" enctype="multipart/form-data">${hidden}
<input type="hidden" name="${COMMON_FIELDS.idempotencyKey}" value="${escapeHtml(options.idempotencyKey)}">
<input type="hidden" name="${COMMON_FIELDS.ticket}" value="${escapeHtml(options.ticket)}">
<div class="an" aria-hidden="true"><label>Để trống ô này <input type="text" name="${COMMON_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></label></div>
${inputs.map((input) => inputHtml(input, options.values, options.errors, options.hadFiles)).join('\n')}
<button type="submit">Gửi lại</button></form>`;
  return page(options.kind === 'entry' ? 'Bài dự thi chưa được gửi' : 'Đề cử chưa được gửi', body);
}

export function confirmPage(kind: SubmissionKind, pendingId: string): string {
  const action = kind === 'entry' ? INTAKE_PATHS.entry : INTAKE_PATHS.nomination;
  return page(
    'Xác nhận gửi',
    `<p>${kind === 'entry' ? 'Bài dự thi' : 'Đề cử'} của bạn đã sẵn sàng. Để chống gửi tự động, hãy bấm nút bên dưới trong vòng 30 phút để gửi chính thức.</p>
<form method="post" action="${action}"><input type="hidden" name="${PENDING_FIELD}" value="${escapeHtml(pendingId)}">
<button type="submit">Xác nhận gửi</button></form>`,
  );
}

/** The field of the confirmation form that carries the signed pending id. */
export const PENDING_FIELD = 'cho-xac-nhan';

export function messagePage(title: string, message: string): string {
  return page(title, `<p class="loi" role="alert">${escapeHtml(message)}</p>`);
}

export interface StatusView {
  kind: SubmissionKind;
  code: string;
  contestTitle?: string;
  title: string;
  submittedAt: string;
  statusTitle: string;
  invalidReason?: string;
}

export function vietnamTime(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

function lookupForm(code: string): string {
  return `<form method="get" action="${INTAKE_PATHS.status}"><label for="o-ma">Mã biên nhận</label><input type="text" id="o-ma" name="ma" value="${escapeHtml(code)}" autocomplete="off" placeholder="GS-XXXX-XXXX-XXXX"><button type="submit">Tra cứu</button></form>`;
}

export function statusPage(view: StatusView | null, typed: string): string {
  if (!view) {
    const message = typed === '' ? 'Nhập mã biên nhận bạn nhận được khi gửi để xem tình trạng.' : 'Không tìm thấy bài dự thi hay đề cử nào với mã biên nhận này; hãy kiểm tra lại mã.';
    return page('Tra cứu bài dự thi', `<p${typed === '' ? '' : ' class="loi" role="alert"'}>${escapeHtml(message)}</p>${lookupForm(typed)}`);
  }
  const rows: [string, string][] = [
    ['Loại', view.kind === 'entry' ? 'Bài dự thi' : 'Đề cử gương điển hình'],
    ...(view.contestTitle ? ([['Cuộc thi', view.contestTitle]] as [string, string][]) : []),
    [view.kind === 'entry' ? 'Tác phẩm' : 'Người được đề cử', view.title],
    ['Gửi lúc', `${vietnamTime(view.submittedAt)} (giờ Việt Nam)`],
    ['Tình trạng', view.statusTitle],
    ...(view.invalidReason ? ([['Lý do', view.invalidReason]] as [string, string][]) : []),
  ];
  const list = rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return page(
    'Tra cứu bài dự thi',
    `<p>Mã biên nhận: <span class="ma">${escapeHtml(view.code)}</span></p><dl>${list}</dl>
<form method="post" action="${INTAKE_PATHS.withdraw}"><input type="hidden" name="ma" value="${escapeHtml(view.code)}">
<p>Rút lại sự đồng ý: dữ liệu ${view.kind === 'entry' ? 'bài dự thi' : 'đề cử'} này bị xóa hẳn khỏi hệ thống và khỏi trang ở lần cập nhật sau. Không thể hoàn tác.</p>
<button type="submit">Rút lại và xóa dữ liệu</button></form>`,
  );
}

export function receiptPage(code: string | null, kind: SubmissionKind | null): string {
  if (!code) return page('Biên nhận', `<p>Không còn biên nhận nào để hiển thị (biên nhận chỉ hiện trong ít phút sau khi gửi). Nếu đã lưu mã, hãy tra cứu bằng mã đó.</p>${lookupForm('')}`);
  return page(
    'Biên nhận',
    `<p>${kind === 'nomination' ? 'Đề cử' : 'Bài dự thi'} đã được nhận. Mã biên nhận của bạn:</p><p class="ma">${escapeHtml(code)}</p>
<p>Hãy ghi lại mã này: chỉ người giữ mã mới xem được tình trạng và rút lại sự đồng ý. Ban tổ chức không lưu mã nên không thể gửi lại.</p>
<p><a href="${INTAKE_PATHS.status}?ma=${encodeURIComponent(code)}">Tra cứu tình trạng</a></p>`,
  );
}
