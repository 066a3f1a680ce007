/**
 * Structural repairs (issue 8, points 1, 4 and 5): Portable Text, date fields and self-referencing
 * publication chapters. Each pass walks one document guided by the compiled schema, so it knows which
 * arrays are Portable Text, which member types they allow and which fields are dates — nothing here
 * copies a list the schema already holds.
 *
 * Cost and safety: the walk is iterative (an explicit stack, no recursion), visits each value of the
 * document at most once and never follows a reference (`_ref` is only compared, never resolved), so a
 * reference cycle cannot loop and the cost is linear in the document's size. A value whose type the
 * schema does not know is not descended into (it is left for the validator to report).
 */
import { MAX_YEAR, MIN_YEAR, validInstant, validPlainDate } from '../../dates/valid.ts';
import type { SchemaType } from '@sanity/types';
import { getCompiledSchema } from '@guong-sang/schemas/compiled.ts';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { isAllowedHost, isAllowedUrl, LINK_SCHEMES, WEB_SCHEMES } from '@guong-sang/schemas/validation/urls.ts';
import { audioEmbedProviders, videoEmbedProviders } from '@guong-sang/schemas';
import type { RepairNote, RepairPass } from './repair-pass.ts';

/** Portable Text arrays nested deeper than this (fact box in fact box…) are cut. */
export const MAX_PT_DEPTH = 8;
/** List levels are clamped to 1..MAX_LIST_LEVEL (the renderer allocates one list per level). */
export const MAX_LIST_LEVEL = 10;
export { MIN_YEAR, MAX_YEAR };

interface Schema {
  get(name: string): SchemaType | undefined;
}

type Container = Record<string, unknown> | unknown[];

// --- schema helpers --------------------------------------------------------------------------------

function hasAncestor(type: SchemaType | undefined, name: string): boolean {
  for (let t: SchemaType | undefined = type; t; t = t.type) if (t.name === name) return true;
  return false;
}

function dateKind(type: SchemaType): 'date' | 'datetime' | undefined {
  for (let t: SchemaType | undefined = type; t; t = t.type) if (t.name === 'date' || t.name === 'datetime') return t.name;
  return undefined;
}

function fieldsOf(type: SchemaType): readonly { name: string; type: SchemaType }[] {
  return (type as { fields?: { name: string; type: SchemaType }[] }).fields ?? [];
}

function membersOf(type: SchemaType): readonly SchemaType[] {
  return (type as { of?: SchemaType[] }).of ?? [];
}

function isPortableTextArray(type: SchemaType): boolean {
  return type.jsonType === 'array' && membersOf(type).some((member) => hasAncestor(member, 'block'));
}

/** The member type an array item belongs to: by `_type`, or the only member for untyped items. */
function memberFor(type: SchemaType, item: unknown): SchemaType | undefined {
  const members = membersOf(type);
  const typeName = isRecord(item) ? item._type : undefined;
  if (typeof typeName === 'string') return members.find((m) => m.name === typeName);
  return members.length === 1 ? members[0] : undefined;
}

/** Whether a value of this type can hold something a pass repairs (objects, arrays, dates, references). */
function walkable(type: SchemaType): boolean {
  if (dateKind(type)) return true;
  if (hasAncestor(type, 'reference')) return true; // checked in place, never followed
  return type.jsonType === 'object' || type.jsonType === 'array';
}

/** The document types a reference field may point to (its schema `to` list). */
function referenceTargets(type: SchemaType): string[] | undefined {
  for (let t: SchemaType | undefined = type; t; t = t.type) {
    const to = (t as { to?: SchemaType[] }).to;
    if (to && to.length > 0) return to.map((target) => target.name);
  }
  return undefined;
}

// --- value checks ----------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', amp: '&', nbsp: ' ' };

/** Entities, percent-escapes, control characters and whitespace removed, lower-cased: what a browser may see. */
function deobfuscate(href: string): string {
  let text = href;
  // Twice: `&amp;#106;` and `%2526` hide one layer under another.
  for (let round = 0; round < 2; round++) {
    text = text.replace(/&#(x[0-9a-f]+|\d+);?|&([a-z]+);/gi, (whole, code: string | undefined, name: string | undefined) => {
      if (code) {
        const point = code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
      }
      return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole;
    });
    text = text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g, '').toLowerCase();
}

/** Why a link href cannot be kept ('' when it is safe). */
export function unsafeHrefReason(href: unknown): string {
  if (typeof href !== 'string' || href.trim() === '') return 'thiếu địa chỉ';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(deobfuscate(href))?.[1];
  if (!scheme || !(LINK_SCHEMES as readonly string[]).includes(scheme)) return 'địa chỉ không an toàn';
  if (!isAllowedUrl(href.trim(), LINK_SCHEMES)) return 'địa chỉ không hợp lệ';
  return '';
}

// A schema `datetime` must carry a time of day and a zone (as Sanity writes it); the calendar and
// range check itself is the one every output uses (lib/dates/valid.ts).
const WITH_TIME_AND_ZONE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date (`YYYY-MM-DD`) or an ISO date-time with a zone, years MIN_YEAR..MAX_YEAR. */
export function isValidDateValue(value: unknown, kind: 'date' | 'datetime'): boolean {
  if (kind === 'date') return validPlainDate(value) !== undefined;
  return validInstant(value) !== undefined && WITH_TIME_AND_ZONE.test(value as string);
}

// --- the walk --------------------------------------------------------------------------------------

interface Frame {
  value: unknown;
  type: SchemaType;
  path: string;
  /** How many Portable Text arrays enclose this value. */
  ptDepth: number;
  parent: Container;
  key: string | number;
}

interface Visitor {
  /** Repairs one Portable Text array (already a copy) in place; returns the members to walk further. */
  portableText?: (items: unknown[], type: SchemaType, path: string, note: RepairNote) => { index: number; value: unknown; type: SchemaType; path: string }[];
  dates?: boolean;
  /** Why a reference must go (a Vietnamese reason), or undefined to keep it. */
  references?: (value: unknown, type: SchemaType) => string | undefined;
}

/** Marks an array item for removal; arrays are compacted after the walk, so sibling indices stay valid. */
const REMOVED = Symbol('removed');

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function walkDocument(doc: Record<string, unknown>, schema: Schema, visitor: Visitor, note: RepairNote): Record<string, unknown> {
  const docType = typeof doc._type === 'string' ? schema.get(doc._type) : undefined;
  if (!docType || docType.jsonType !== 'object') return doc;
  let changed = false;
  const tracked: RepairNote = (path, message) => {
    changed = true;
    note(path, message);
  };
  const out: Record<string, unknown> = { ...doc };
  const stack: Frame[] = [];
  const pushFields = (value: Record<string, unknown>, type: SchemaType, path: string, ptDepth: number, copy: Record<string, unknown>) => {
    for (const field of fieldsOf(type)) {
      if (value[field.name] !== undefined && walkable(field.type)) stack.push({ value: value[field.name], type: field.type, path: join(path, field.name), ptDepth, parent: copy, key: field.name });
    }
  };
  pushFields(doc, docType, '', 0, out);
  const holed = new Set<unknown[]>();
  const remove = (parent: Container, key: string | number) => {
    if (Array.isArray(parent)) {
      (parent as unknown[])[key as number] = REMOVED;
      holed.add(parent);
    } else delete parent[key];
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, type, path, parent, key } = frame;
    if (hasAncestor(type, 'reference')) {
      const reason = visitor.references?.(value, type);
      if (reason !== undefined) {
        remove(parent, key);
        tracked(path, reason);
      }
      continue;
    }
    const kind = dateKind(type);
    if (kind) {
      if (visitor.dates && !isValidDateValue(value, kind)) {
        remove(parent, key);
        tracked(path, `đã bỏ ngày không hợp lệ (${describe(value)}): cần ngày có thật trong khoảng ${MIN_YEAR}–${MAX_YEAR}`);
      }
      continue;
    }
    if (type.jsonType === 'object') {
      if (!isRecord(value) || Array.isArray(value)) continue;
      const copy = { ...value };
      (parent as Record<string, unknown>)[key] = copy;
      pushFields(value, type, path, frame.ptDepth, copy);
      continue;
    }
    if (type.jsonType !== 'array' || !Array.isArray(value)) continue;
    const copy = value.slice();
    (parent as Record<string, unknown>)[key] = copy;
    let ptDepth = frame.ptDepth;
    let members: { index: number; value: unknown; type: SchemaType; path: string }[];
    if (isPortableTextArray(type) && visitor.portableText) {
      ptDepth += 1;
      if (ptDepth > MAX_PT_DEPTH) {
        if (Array.isArray(parent)) parent[key as number] = [];
        else delete parent[key];
        tracked(path, `đã bỏ nội dung lồng quá ${MAX_PT_DEPTH} tầng`);
        continue;
      }
      members = visitor.portableText(copy, type, path, tracked);
    } else {
      members = [];
      for (let index = 0; index < value.length; index++) {
        const member = memberFor(type, value[index]);
        if (member && walkable(member)) members.push({ index, value: value[index], type: member, path: join(path, index) });
      }
    }
    for (const m of members) stack.push({ value: m.value, type: m.type, path: m.path, ptDepth, parent: copy, key: m.index });
  }
  for (const array of holed) {
    const kept = array.filter((item) => item !== REMOVED);
    array.splice(0, array.length, ...kept);
  }
  return changed ? out : doc;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

// --- Portable Text -----------------------------------------------------------------------------------

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A video embed that may not play here becomes a plain paragraph with its title and caption: the
 * reader keeps the words, nothing from the provider is linked or loaded, and the block keeps its
 * `_key` and position, so the outline and anchors do not move. An audio embed only loses its `url`:
 * the renderer already shows an audio block's title, transcript and uploaded file without one.
 */
function embedAsText(embed: Record<string, unknown>): Record<string, unknown> | null {
  const text = [textOf(embed.title), textOf(embed.caption)].filter(Boolean).join(' — ');
  if (!text) return null;
  const key = typeof embed._key === 'string' ? embed._key : undefined;
  return { _type: 'block', ...(key ? { _key: key } : {}), style: 'normal', markDefs: [], children: [{ _type: 'span', ...(key ? { _key: `${key}-text` } : {}), text, marks: [] }] };
}

function embedAllowed(url: unknown, kind: 'videoEmbed' | 'audioEmbed'): boolean {
  if (typeof url !== 'string' || !isAllowedUrl(url, WEB_SCHEMES)) return false;
  return isAllowedHost(new URL(url).hostname.toLowerCase(), kind === 'videoEmbed' ? videoEmbedProviders : audioEmbedProviders);
}

function clampLevel(level: unknown): number {
  if (typeof level !== 'number' || !Number.isFinite(level)) return 1;
  return Math.min(MAX_LIST_LEVEL, Math.max(1, Math.trunc(level)));
}

/** Repairs one text block (its markDefs, spans and level); flat, bounded by the block's width. */
function repairBlock(block: Record<string, unknown>, blockType: SchemaType, path: string, note: RepairNote): Record<string, unknown> {
  const out: Record<string, unknown> = { ...block };
  const field = (name: string) => fieldsOf(blockType).find((f) => f.name === name)?.type;
  const annotationTypes = new Set(membersOf(field('markDefs') ?? blockType).map((m) => m.name));
  const childMembers = membersOf(field('children') ?? blockType);
  const childTypes = new Set(childMembers.map((m) => m.name));
  // Decorators the schema allows (strong, em); any other mark must name a kept markDef.
  const decorators = new Set(childMembers.flatMap((m) => ((m as { decorators?: { value: string }[] }).decorators ?? []).map((d) => d.value)));
  const removedMarks = new Set<string>();
  const keptDefKeys = new Set<string>();

  if (block.markDefs !== undefined) {
    if (!Array.isArray(block.markDefs)) {
      out.markDefs = [];
      note(join(path, 'markDefs'), 'đã bỏ định nghĩa định dạng hỏng (không phải danh sách)');
    } else {
      const defs: unknown[] = [];
      let trimmed = false;
      block.markDefs.forEach((def: unknown, index) => {
        const at = join(join(path, 'markDefs'), index);
        const defKey = isRecord(def) && typeof def._key === 'string' ? def._key : undefined;
        let problem = '';
        let problemAt = at;
        if (!isRecord(def) || defKey === undefined) problem = 'đã bỏ liên kết hỏng (thiếu khóa)';
        else if (typeof def._type !== 'string' || !annotationTypes.has(def._type)) problem = `đã bỏ định dạng không rõ kiểu "${String(def._type)}" (chữ vẫn giữ)`;
        else if (def._type === 'link') {
          const reason = unsafeHrefReason(def.href);
          if (reason) {
            problem = `đã bỏ liên kết (${reason}: ${describe(def.href)}), chữ vẫn giữ`;
            problemAt = join(at, 'href');
          }
          else if (typeof def.href === 'string' && def.href !== def.href.trim()) {
            defs.push({ ...def, href: def.href.trim() });
            keptDefKeys.add(defKey!);
            trimmed = true;
            note(join(at, 'href'), 'đã bỏ khoảng trắng thừa ở đầu/cuối địa chỉ liên kết');
            return;
          }
        } else if (def._type === 'internalLink') {
          const ref = isRecord(def.reference) ? def.reference._ref : undefined;
          if (typeof ref !== 'string' || ref === '') problem = 'đã bỏ liên kết trong trang không có trang đích, chữ vẫn giữ';
        }
        if (problem) {
          if (defKey !== undefined) removedMarks.add(defKey);
          note(problemAt, problem);
          return;
        }
        defs.push(def);
        keptDefKeys.add(defKey!);
      });
      if (trimmed || defs.length !== block.markDefs.length) out.markDefs = defs;
    }
  }

  if (!Array.isArray(block.children)) {
    out.children = [];
    note(join(path, 'children'), 'đã thay nội dung khối hỏng bằng khối rỗng');
  } else {
    const children: unknown[] = [];
    let changed = false;
    block.children.forEach((child: unknown, index) => {
      const at = join(join(path, 'children'), index);
      if (!isRecord(child) || typeof child._type !== 'string' || !childTypes.has(child._type)) {
        changed = true;
        note(at, `đã bỏ phần tử không rõ kiểu${isRecord(child) ? ` "${String(child._type)}"` : ''}`);
        return;
      }
      if (child._type !== 'span') {
        children.push(child);
        return;
      }
      let span = child;
      if (typeof child.text !== 'string') {
        span = { ...span, text: '' };
        note(join(at, 'text'), 'đã thay chữ hỏng (không phải chuỗi) bằng chuỗi rỗng');
      }
      if (child.marks !== undefined && !Array.isArray(child.marks)) {
        span = { ...span, marks: [] };
        note(join(at, 'marks'), 'đã bỏ định dạng hỏng (không phải danh sách)');
      } else if (Array.isArray(child.marks)) {
        const marks = (child.marks as unknown[]).filter((mark) => typeof mark === 'string' && !removedMarks.has(mark) && (decorators.has(mark) || keptDefKeys.has(mark)));
        if (marks.length !== child.marks.length) {
          span = { ...span, marks };
          note(join(at, 'marks'), 'đã bỏ định dạng không rõ hoặc trỏ tới liên kết đã bỏ (chữ vẫn giữ)');
        }
      }
      if (span !== child) changed = true;
      children.push(span);
    });
    if (changed) out.children = children;
  }

  if (block.level !== undefined || block.listItem !== undefined) {
    const level = clampLevel(block.level);
    if (level !== block.level && !(block.level === undefined && level === 1)) {
      out.level = level;
      note(join(path, 'level'), `đã đưa cấp danh sách ${describe(block.level)} về ${level} (cho phép 1–${MAX_LIST_LEVEL})`);
    }
  }
  return out;
}

function repairPortableTextArray(items: unknown[], type: SchemaType, path: string, note: RepairNote) {
  const kept: unknown[] = [];
  const walk: { index: number; value: unknown; type: SchemaType; path: string }[] = [];
  const original = items.slice();
  original.forEach((item, index) => {
    const at = join(path, index);
    const member = memberFor(type, item);
    if (!isRecord(item) || typeof item._type !== 'string' || !member) {
      note(at, `đã bỏ khối không rõ kiểu${isRecord(item) ? ` "${String(item._type)}"` : ''}`);
      return;
    }
    if (hasAncestor(member, 'block')) {
      kept.push(repairBlock(item, member, at, note));
      return;
    }
    if ((item._type === 'videoEmbed' || item._type === 'audioEmbed') && item.url !== undefined && !embedAllowed(item.url, item._type)) {
      if (item._type === 'audioEmbed') {
        const { url: _dropped, ...rest } = item;
        note(join(at, 'url'), `đã bỏ đường dẫn âm thanh ngoài danh sách cho phép (${describe(item.url)}); tên và lời vẫn giữ`);
        kept.push(rest);
      } else {
        const text = embedAsText(item);
        note(join(at, 'url'), text ? `đã bỏ trình phát video ngoài danh sách cho phép (${describe(item.url)}); tên và chú thích giữ lại dạng chữ` : `đã bỏ video ngoài danh sách cho phép (${describe(item.url)})`);
        if (text) kept.push(text);
      }
      return;
    }
    walk.push({ index: kept.length, value: item, type: member, path: at });
    kept.push(item);
  });
  items.length = 0;
  items.push(...kept);
  return walk;
}

// --- self-referencing chapters -----------------------------------------------------------------------

const baseId = (id: string) => id.replace(/^(drafts|versions\.[^.]+)\./, '');

function repairChapters(doc: Record<string, unknown>, note: RepairNote): Record<string, unknown> {
  if (doc._type !== 'publication' || typeof doc._id !== 'string' || !Array.isArray(doc.chapters)) return doc;
  const self = baseId(doc._id);
  const chapters = doc.chapters.filter((chapter: unknown, index) => {
    if (!isRecord(chapter)) return true;
    // Only the reference's id is compared: nothing is resolved, so no cycle can be followed.
    const refs = Object.values(chapter).filter((v) => isRecord(v) && typeof v._ref === 'string');
    if (!refs.some((ref) => baseId((ref as { _ref: string })._ref) === self)) return true;
    note(`chapters[${index}]`, 'đã bỏ chương trỏ tới chính ấn phẩm này');
    return false;
  });
  return chapters.length === doc.chapters.length ? doc : { ...doc, chapters };
}

// --- passes --------------------------------------------------------------------------------------------

export interface StructurePasses {
  repairPortableText: RepairPass;
  repairDates: RepairPass;
  repairSelfChapters: RepairPass;
  all: RepairPass[];
}

/** The passes for a given compiled schema (tests pass their own; the site uses the project schema). */
export function createStructurePasses(getSchema: () => Schema): StructurePasses {
  const repairPortableText: RepairPass = (doc, note) => walkDocument(doc, getSchema(), { portableText: repairPortableTextArray }, note);
  const repairDates: RepairPass = (doc, note) => walkDocument(doc, getSchema(), { dates: true }, note);
  return { repairPortableText, repairDates, repairSelfChapters: repairChapters, all: [repairChapters, repairPortableText, repairDates] };
}

const project = createStructurePasses(getCompiledSchema);

/**
 * A reference to a document of a type its field does not allow (a story's exemplars pointing at a
 * column) is removed, or a card would render the wrong document. Needs every document's type, so it
 * is made per build from the fetched documents. A reference to a missing document is left for the
 * validator to report (it may be a draft, or not published yet).
 */
export function referenceTypePass(typeOf: ReadonlyMap<string, string>, getSchema: () => Schema = getCompiledSchema): RepairPass {
  const references = (value: unknown, type: SchemaType): string | undefined => {
    if (!isRecord(value) || typeof value._ref !== 'string') return undefined;
    const target = typeOf.get(value._ref);
    const allowed = referenceTargets(type);
    if (target === undefined || !allowed || allowed.includes(target)) return undefined;
    return `đã bỏ tham chiếu tới "${value._ref}": tài liệu đó thuộc loại ${target}, ở đây cần ${allowed.join(' hoặc ')}`;
  };
  return (doc, note) => walkDocument(doc, getSchema(), { references }, note);
}

export const repairPortableText: RepairPass = project.repairPortableText;
export const repairDates: RepairPass = project.repairDates;
export const repairSelfChapters: RepairPass = project.repairSelfChapters;
/** Chapters first (a dropped chapter is not walked), then Portable Text, then dates. */
export const STRUCTURE_PASSES: readonly RepairPass[] = project.all;
