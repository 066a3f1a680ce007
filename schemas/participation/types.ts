/**
 * The stored shape of participation documents (issue 11), shared by the site server (intake, store,
 * judging desk), the Studio's "Tham gia" workspace and the tests. The Sanity schema types in
 * `schemas/types/documents/{contestEntry,nomination,judge,judgeScore}.ts` declare exactly these fields.
 *
 * Everything marked PRIVATE lives only in the private store (SQLite, or the private Sanity dataset)
 * and never reaches the public dataset, `site/dist`, open data or search: the only road to the public
 * site is `publicEntryRecord` / `publicNomineeFacts` in `public-record.ts`.
 */
import type {
  ConsentGiver,
  ConsentPurpose,
  EntrantRole,
  EntryFileKind,
  EntryStatus,
  NominationStatus,
  NomineeKind,
  PublishableField,
} from './vocabulary.ts';

export interface Reference {
  _type: 'reference';
  _ref: string;
  /** Participation documents reference public-dataset documents (the contest) weakly: another dataset. */
  _weak?: boolean;
}

/** PRIVATE. One consent as given: its exact wording and version, when, by whom. Silence is never consent. */
export interface ConsentRecord {
  _type: 'consentRecord';
  _key: string;
  purpose: ConsentPurpose;
  givenBy: ConsentGiver;
  /** The sentence the person ticked, word for word (NFC). */
  wording: string;
  /** Version id of that wording, e.g. "2026-01". */
  wordingVersion: string;
  /** ISO 8601 with offset. */
  givenAt: string;
  /** Set when the consent is withdrawn; a withdrawn `xu-ly` consent means the record is erased. */
  withdrawnAt?: string;
}

/** PRIVATE contact details. */
export interface PrivateContact {
  _type: 'privateContact';
  email?: string;
  phone?: string;
  address?: string;
}

/** PRIVATE. Legal representative of a child under 16 (Law 91/2025/QH15). */
export interface LegalRepresentative {
  _type: 'legalRepresentative';
  name: string;
  /** e.g. "Mẹ", "Bố", "Người giám hộ". */
  relation: string;
  contact: PrivateContact;
}

/** The entrant as submitted. Name/role/school/province become public only when listed in `publishFields`. */
export interface Entrant {
  _type: 'entrant';
  name: string;
  role: EntrantRole;
  school?: string;
  /** Province slug from `schemas/vocabularies/provinces.ts` (the value, e.g. "son-la"). */
  province?: string;
  /** PRIVATE. Needed only to know whether the entrant is a child (under 16) and from 7. */
  birthYear?: number;
}

/** An uploaded file as stored: Sanity's file shape plus what the server learnt from the bytes. */
export interface StoredFile {
  _type: 'file';
  asset: Reference;
  /** Detected from the bytes. */
  kind: EntryFileKind;
  mimeType: string;
  size: number;
  /** The name the entrant's device gave it (NFC, path stripped); shown to editors only. */
  originalName: string;
}

/** `_id` = `contestEntry.<uuid>` (a dot-path id: never readable without a token in a public dataset). */
export interface ContestEntryRecord {
  _id: string;
  _type: 'contestEntry';
  _createdAt?: string;
  _updatedAt?: string;
  contest: Reference;
  title: string;
  /** Plain text (NFC), or absent when the work is a file. */
  text?: string;
  wordCount?: number;
  file?: StoredFile;
  entrant: Entrant;
  contact: PrivateContact; // PRIVATE
  representative?: LegalRepresentative; // PRIVATE
  consents: ConsentRecord[]; // PRIVATE
  publishFields: PublishableField[];
  status: EntryStatus;
  /** Required when status is khong-hop-le; shown to the receipt holder. */
  invalidReason?: string;
  /** Key into the contest's prizes (the prize `_key`), when status is dat-giai. */
  placing?: string;
  /** Optional link to a story made from the entry (public dataset id). */
  story?: Reference;
  excerpt?: string;
  submittedAt: string;
  /** PRIVATE. SHA-256 (hex) of the receipt code; the code itself is never stored. */
  receiptHash: string;
  /** PRIVATE. The client's idempotency key, so a double submit stores one entry. */
  idempotencyKey: string;
}

/** `_id` = `nomination.<uuid>`. */
export interface NominationRecord {
  _id: string;
  _type: 'nomination';
  _createdAt?: string;
  _updatedAt?: string;
  nominee: {
    _type: 'nominee';
    kind: NomineeKind;
    name: string;
    role?: string;
    unit?: string;
    province?: string;
    birthYear?: number; // PRIVATE
  };
  /** What they did (plain text, NFC). */
  achievements: string;
  evidenceLinks: string[];
  evidenceFiles: StoredFile[];
  nominator: { _type: 'nominator'; name: string; relation?: string; contact: PrivateContact }; // PRIVATE
  /** Consent of the nominee (or representative) where required; recorded as given. PRIVATE. */
  consents: ConsentRecord[];
  status: NominationStatus;
  reviewNote?: string; // PRIVATE
  /** The exemplar started from this nomination (public dataset id, usually a draft). */
  exemplar?: Reference;
  submittedAt: string;
  receiptHash: string; // PRIVATE
  idempotencyKey: string; // PRIVATE
}

/** A contest's judging rubric lives on the contest document (`rubric`), criteria weighted. */
export interface RubricCriterion {
  _type: 'rubricCriterion';
  _key: string;
  title: string;
  /** Relative weight (> 0); the ranking normalises weights. */
  weight: number;
  /** Scores go from 0 to this. */
  maxScore: number;
}

/** `_id` = `judge.<uuid>`. A judge and the conflicts they declared. PRIVATE. */
export interface JudgeRecord {
  _id: string;
  _type: 'judge';
  name: string;
  email?: string;
  contests: Reference[];
  /** A judge never sees entries from these schools (normalised compare) or provinces. */
  conflictSchools: string[];
  conflictProvinces: string[];
  /** SHA-256 (hex) of the judge's access key; the key itself is shown once. */
  accessKeyHash?: string;
  active: boolean;
}

/** `_id` = `judgeScore.<judgeId-suffix>.<entryId-suffix>`: one score document per judge and entry. */
export interface JudgeScoreRecord {
  _id: string;
  _type: 'judgeScore';
  judge: Reference;
  entry: Reference;
  contest: Reference;
  scores: { _key: string; criterion: string; score: number }[];
  comment?: string;
  scoredAt: string;
}
