/**
 * The contest-entries migration (issue 11), pure: every item of a contest's old `entries` array
 * becomes a `contestEntry` document, and the contest loses `entries`. Used by the migration command
 * (`contest-entries.ts`, on an export folder or a Sanity dataset) and by the sample generator, so the
 * bundled sample is exactly what the migration makes of the old sample.
 *
 * The migrated entries are LEGACY PUBLIC RECORDS: they were published on the contest page before the
 * entry forms existed, so they carry no contact details and no consent records (there are none to
 * migrate); their public fields (name, role, school, province, text excerpt) stay public as before.
 */
import { contestPlacings } from '../../schemas/vocabularies/kinds.ts';
import type { PublishableField } from '../../schemas/participation/vocabulary.ts';

export type Doc = Record<string, unknown> & { _id: string; _type: string };

/** They were already public on the contest page. */
export const LEGACY_PUBLISH_FIELDS: readonly PublishableField[] = ['ten', 'vai-tro', 'truong', 'tinh', 'bai-viet'];

const DRAFTS = 'drafts.';
const publishedId = (id: string): string => (id.startsWith(DRAFTS) ? id.slice(DRAFTS.length) : id);
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const titles = new Intl.Collator('vi', { sensitivity: 'accent' });

/** `contestEntry.<contest id without its "contest." prefix, dots as dashes>-<_key>`: stable, so the migration is idempotent. */
export function migratedEntryId(contestId: string, key: string): string {
  const contest = publishedId(contestId).replace(/^contest\./u, '').replaceAll('.', '-');
  return `contestEntry.${contest}-${key}`;
}

export interface EntryMigrationPlan {
  /** New `contestEntry` documents, in contest order then entry order. */
  created: Doc[];
  /** Contest ids (drafts included) whose `entries` are unset. */
  contests: { id: string; title: string; entryCount: number }[];
  /** Vietnamese notes naming the document id and field (placings kept as they were, missing provinces…). */
  notes: string[];
}

/** The province slug of a reference, from the referenced document (`slug.current`, else `value`). */
function provinceSlug(ref: unknown, provinces: ReadonlyMap<string, Doc>): string | undefined {
  if (!isRecord(ref) || typeof ref._ref !== 'string') return undefined;
  const doc = provinces.get(ref._ref);
  if (!doc) return undefined;
  const slug = isRecord(doc.slug) ? text(doc.slug.current) : undefined;
  return slug ?? text(doc.value);
}

/** The plan for these documents (all of a dataset: provinces are looked up among them). */
export function planContestEntryMigration(documents: readonly Doc[]): EntryMigrationPlan {
  const provinces = new Map(documents.filter((d) => d._type === 'province').map((d) => [d._id, d]));
  const created: Doc[] = [];
  const createdIds = new Set<string>();
  const contests: EntryMigrationPlan['contests'] = [];
  const notes: string[] = [];
  // Published contests first, so a draft's copy of an entry does not replace the published one.
  const withEntries = documents
    .filter((d) => d._type === 'contest' && d.entries !== undefined)
    .sort((a, b) => Number(a._id.startsWith(DRAFTS)) - Number(b._id.startsWith(DRAFTS)));
  for (const contest of withEntries) {
    const entries = Array.isArray(contest.entries) ? contest.entries : [];
    const prizes = Array.isArray(contest.prizes) ? contest.prizes.filter(isRecord) : [];
    const contestRef = publishedId(contest._id);
    contests.push({ id: contest._id, title: text(contest.title) ?? contest._id, entryCount: entries.length });
    entries.forEach((raw, index) => {
      if (!isRecord(raw)) {
        notes.push(`${contest._id}, entries[${index}]: không phải tác phẩm (bỏ qua).`);
        return;
      }
      const key = text(raw._key) ?? `muc-${index + 1}`;
      const where = `${contest._id}, entries[_key=="${key}"]`;
      const id = migratedEntryId(contest._id, key);
      if (createdIds.has(id)) return;
      const placingValue = text(raw.placing);
      let placing: string | undefined;
      if (placingValue !== undefined) {
        const placingTitle = contestPlacings.find((p) => p.value === placingValue)?.title ?? placingValue;
        const prize = prizes.find((p) => typeof p.title === 'string' && titles.compare(p.title.trim(), placingTitle) === 0);
        if (prize && typeof prize._key === 'string') placing = prize._key;
        else {
          placing = placingValue;
          notes.push(`${where}.placing: không có giải nào tên "${placingTitle}" trong cơ cấu giải; giữ nguyên giá trị "${placingValue}".`);
        }
      }
      const province = provinceSlug(raw.province, provinces);
      if (raw.province !== undefined && province === undefined) notes.push(`${where}.province: không tìm thấy tỉnh được tham chiếu; bỏ trống tỉnh.`);
      const entrant: Record<string, unknown> = { _type: 'entrant', name: text(raw.author) ?? '' };
      if (text(raw.organisation)) entrant.school = raw.organisation;
      if (province) entrant.province = province;
      const doc: Doc = {
        _id: id,
        _type: 'contestEntry',
        contest: { _type: 'reference', _ref: contestRef, _weak: true },
        title: text(raw.title) ?? '',
        entrant,
        publishFields: [...LEGACY_PUBLISH_FIELDS],
        status: placing !== undefined ? 'dat-giai' : 'hop-le',
      };
      if (placing !== undefined) doc.placing = placing;
      if (isRecord(raw.story) && typeof raw.story._ref === 'string') doc.story = { _type: 'reference', _ref: raw.story._ref };
      if (text(raw.excerpt)) doc.excerpt = raw.excerpt;
      created.push(doc);
      createdIds.add(id);
    });
  }
  return { created, contests, notes };
}

/** The documents after the migration: contests without `entries`, each followed by its new entries. */
export function applyContestEntryMigration(documents: readonly Doc[], plan: EntryMigrationPlan = planContestEntryMigration(documents)): Doc[] {
  const migrated = new Set(plan.contests.map((c) => c.id));
  const existing = new Set(documents.map((d) => d._id));
  const byContest = new Map<string, Doc[]>();
  for (const entry of plan.created) {
    if (existing.has(entry._id)) continue;
    const contestId = (entry.contest as { _ref: string })._ref;
    byContest.set(contestId, [...(byContest.get(contestId) ?? []), entry]);
  }
  const replaced = new Map(plan.created.filter((e) => existing.has(e._id)).map((e) => [e._id, e]));
  const out: Doc[] = [];
  for (const doc of documents) {
    if (replaced.has(doc._id)) {
      out.push(replaced.get(doc._id)!);
      continue;
    }
    if (!migrated.has(doc._id)) {
      out.push(doc);
      continue;
    }
    const { entries: _entries, ...contest } = doc;
    out.push(contest as Doc);
    out.push(...(byContest.get(doc._id) ?? []));
    byContest.delete(doc._id);
  }
  // Entries only a draft contest had (their contest's published id is not in this list).
  for (const rest of byContest.values()) out.push(...rest);
  return out;
}

/** The plan, in Vietnamese, for `--dry-run` and the command's report. */
export function describePlan(plan: EntryMigrationPlan): string {
  if (plan.contests.length === 0) return 'Không có cuộc thi nào còn mảng "entries": không có gì để chuyển.';
  const lines = [`Sẽ chuyển ${plan.created.length} tác phẩm của ${plan.contests.length} cuộc thi thành tài liệu "Bài dự thi" (contestEntry):`];
  for (const c of plan.contests) lines.push(`- ${c.id} ("${c.title}"): ${c.entryCount} tác phẩm, sau đó bỏ trường entries.`);
  for (const entry of plan.created) lines.push(`  + ${entry._id}: "${String(entry.title)}" (${entry.status === 'dat-giai' ? `đạt giải, ${String(entry.placing)}` : 'hợp lệ'})`);
  if (plan.notes.length > 0) lines.push('Lưu ý:', ...plan.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
