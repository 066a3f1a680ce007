/**
 * The names of the participation forms' fields: the static site's forms (`site/`) post them and the
 * site server's intake (`server/src/participation/intake/`) reads them. One list, so the two cannot
 * drift. Multipart (`multipart/form-data`) for both forms; `application/x-www-form-urlencoded` is also
 * accepted when no file is attached.
 */
export const INTAKE_PATHS = {
  /** POST: a contest entry. */
  entry: '/tham-gia/bai-du-thi',
  /** POST: a nomination. */
  nomination: '/tham-gia/de-cu',
  /** GET: a short-lived signed form ticket (JSON), for the minimum fill time. */
  ticket: '/tham-gia/phieu',
  /** GET ?ma=<code>: the status of a submission, only for the holder of the code (server-rendered). */
  status: '/tham-gia/tra-cuu',
  /** GET: the receipt of the submission just sent, from a short-lived HttpOnly cookie (no-JS path). */
  receipt: '/tham-gia/bien-nhan',
  /** POST ma=<code>: withdraw consent / erase a submission. */
  withdraw: '/tham-gia/rut-lai',
} as const;

/** Static pages of the site the intake redirects to (303). The code arrives as `?ma=`. */
export const CONFIRMATION_PAGES = {
  entry: '/tham-gia/da-nhan/',
  nomination: '/de-cu/da-nhan/',
} as const;

/** Fields common to both forms (anti-abuse and idempotency). */
export const COMMON_FIELDS = {
  /** Client-generated UUID per form fill; a resubmission with the same key stores nothing new. */
  idempotencyKey: 'khoa',
  /** Signed ticket from INTAKE_PATHS.ticket (absent without JavaScript). */
  ticket: 've',
  /** Honeypot: visually hidden, must stay empty. */
  honeypot: 'website',
  /** Where to send the reader back on error without JavaScript (a same-site path). */
  returnTo: 'quay-lai',
} as const;

export const ENTRY_FIELDS = {
  contest: 'cuoc-thi', // contest _id
  title: 'ten-tac-pham',
  text: 'noi-dung',
  file: 'tep',
  name: 'ho-ten',
  role: 'vai-tro',
  school: 'truong',
  province: 'tinh',
  birthYear: 'nam-sinh',
  email: 'email',
  phone: 'dien-thoai',
  address: 'dia-chi',
  representativeName: 'dai-dien-ho-ten',
  representativeRelation: 'dai-dien-quan-he',
  representativeEmail: 'dai-dien-email',
  representativePhone: 'dai-dien-dien-thoai',
  /** Checkbox: consent to processing (required). Value "co". */
  consentProcessing: 'dong-y-xu-ly',
  /** Checkbox: consent to publish the fields ticked in `publishFields`. Value "co". */
  consentPublish: 'dong-y-cong-bo',
  /** Checkbox (child 7+): the child's own consent to publish. Value "co". */
  consentChild: 'dong-y-tre-em',
  /** Repeated checkbox, values from `publishableFields`. */
  publishFields: 'cong-bo',
} as const;

export const NOMINATION_FIELDS = {
  nomineeKind: 'loai',
  nomineeName: 'nguoi-duoc-de-cu',
  nomineeRole: 'chuc-vu',
  nomineeUnit: 'don-vi',
  nomineeProvince: 'tinh',
  nomineeBirthYear: 'nam-sinh',
  achievements: 'thanh-tich',
  /** One URL per line. */
  evidenceLinks: 'lien-ket',
  /** Repeated file input. */
  evidenceFiles: 'minh-chung',
  nominatorName: 'ho-ten',
  nominatorRelation: 'quan-he',
  email: 'email',
  phone: 'dien-thoai',
  consentProcessing: 'dong-y-xu-ly',
  /** The nominee (or their representative) agreed to be nominated; required for a person. */
  consentNominee: 'dong-y-nguoi-duoc-de-cu',
} as const;

/**
 * The consent wordings shown next to the checkboxes and stored word for word with each consent.
 * Changing a sentence means a new version.
 */
export const CONSENT_WORDING_VERSION = '2026-12';
