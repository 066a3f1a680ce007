/*
 * Compact story markup → Portable Text (the `portableText` type of schemas/README.md).
 *
 * MARKUP SPEC (one story `body` string):
 *
 *   Blocks are separated by blank lines. Lines of one paragraph are joined with a single space.
 *
 *   ## Heading            → block style h2          (### → h3, #### → h4)
 *   - item                → bullet list item (one line = one item; consecutive lines form the list)
 *   1. item               → numbered list item (any number followed by ". ")
 *   > quoted text         → block style blockquote (consecutive "> " lines are joined)
 *   anything else         → block style normal
 *
 *   Inline (inside any text block, list item, factbox line):
 *   **bold**              → decorator strong
 *   *emphasis*            → decorator em          (may nest: **đậm *nghiêng***)
 *   [text](https://…)     → link annotation; schemes https, http, mailto, tel only
 *   [text](story:slug)    → internalLink annotation → `story.<slug>`
 *   [text](exemplar:slug) → internalLink → `exemplar.<slug>`; also column:, theme:, publication:,
 *                           contest:, event:, person:, organisation: (→ `<type>.<slug>`)
 *   A literal "*", "[" or "\" is written as "\*", "\[", "\\".
 *
 *   Block directives (each alone on its own line; attribute values in double quotes, write a literal
 *   double quote inside a value as \" — prefer typographic “ ” in prose):
 *   ::image[imageKey]{alt="…" caption="…" credit="…" long="…"} → accessibleImage (alt required; long =
 *                                                              the text alternative of an infographic)
 *   ::gallery[key1,key2,key3]{caption="…" alts="a|b|c" credit="…"}
 *                                                            → gallery (≥ 2 images, one alt per image)
 *   ::pullquote{text="…" by="…"}                             → pullQuote (by optional)
 *   ::factbox{title="…"}                                     → factBox; the following lines up to a
 *   - line one                                                 line "::end" are its body: "- " bullets,
 *   1. numbered line                                           "1. " numbered, other lines paragraphs,
 *   ::end                                                      all with inline markup
 *   ::video{url="https://www.youtube.com/watch?v=…" title="…" caption="…" duration="400" transcript="…"}
 *                                                            → videoEmbed (url, title required; duration in seconds)
 *   ::audio{title="…" transcript="…" duration="750"}                        → audioEmbed with the bundled sample
 *                                                              audio file (or url="https://soundcloud.com/…")
 *   ::exemplar[slug]{note="…"}                               → exemplarCard (note optional)
 *
 *   Unknown directives, unknown attributes, missing required attributes, unknown image keys and
 *   unknown reference targets are errors (the caller prefixes them with the story slug).
 *
 * Output contains no `_key`s except on markDefs (spans' marks point at them); the generator adds
 * deterministic `_key`s to every other array item afterwards.
 */

import { audioEmbedProviders, videoEmbedProviders } from '../../schemas/vocabularies/embedProviders.ts';
import { INTERNAL_LINK_TYPES } from '../../schemas/vocabularies/internalLinkTypes.ts';

/** Words as the schema counts them (whitespace-separated tokens with a letter or digit). */
export { countWordsInText as countWords } from '../../schemas/text/words.ts';

export interface MarkupContext {
  /** Returns an accessibleImage-like object for an image key, or throws. */
  image: (key: string, fields: { alt: string; caption?: string; credit?: string }) => Record<string, unknown>;
  /** True when a document with this id exists (e.g. `story.duong-den-truong`). */
  hasDocument: (id: string) => boolean;
  /** The `file` object for the bundled audio, e.g. `{ _type: 'file', _sanityAsset: 'file@file://./files/…' }`. */
  audioFile: () => Record<string, unknown>;
}

type Span = { _type: 'span'; text: string; marks: string[] };
type MarkDef = Record<string, unknown> & { _key: string; _type: string };
export type PtBlock = Record<string, unknown>;

// The schema's own lists, so the generator accepts exactly what validation accepts.
const INTERNAL_TYPES = new Set<string>(INTERNAL_LINK_TYPES);
/** A `duration="…"` attribute: whole seconds. */
function seconds(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) throw new MarkupError(`duration "${value}" is not a whole number of seconds`);
  return Number(value);
}

const VIDEO_HOSTS = videoEmbedProviders.map((provider) => provider.value);
const AUDIO_HOSTS = audioEmbedProviders.map((provider) => provider.value);

export class MarkupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkupError';
  }
}

function hostAllowed(url: string, hosts: string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  return hosts.some((h) => u.hostname === h || u.hostname.endsWith(`.${h}`));
}

function shortHash(s: string): string {
  // FNV-1a 32-bit, base36 — deterministic and tiny; only needs uniqueness within one markDefs array.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

class InlineParser {
  markDefs: MarkDef[] = [];
  private ctx: MarkupContext;
  constructor(ctx: MarkupContext) {
    this.ctx = ctx;
  }

  private defKey(kind: string, target: string): string {
    const base = `${kind}${shortHash(target)}`;
    let key = base;
    let n = 1;
    while (this.markDefs.some((d) => d._key === key)) key = `${base}${n++}`;
    return key;
  }

  private annotation(target: string): string {
    const m = /^([a-z]+):(.*)$/.exec(target);
    if (m && INTERNAL_TYPES.has(m[1] ?? '')) {
      const id = `${m[1]}.${m[2]}`;
      if (!/^[a-z0-9-]+$/.test(m[2] ?? '') || !this.ctx.hasDocument(id)) {
        throw new MarkupError(`internal link to unknown document "${id}"`);
      }
      const _key = this.defKey('i', id);
      this.markDefs.push({ _key, _type: 'internalLink', reference: { _type: 'reference', _ref: id } });
      return _key;
    }
    if (/^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9 .-]+)$/.test(target)) {
      if (/^https?:/.test(target)) {
        try {
          new URL(target);
        } catch {
          throw new MarkupError(`invalid URL "${target}"`);
        }
      }
      const _key = this.defKey('l', target);
      this.markDefs.push({ _key, _type: 'link', href: target });
      return _key;
    }
    throw new MarkupError(`link target "${target}" is neither https/http/mailto/tel nor a known internal type`);
  }

  parse(text: string, marks: string[] = []): Span[] {
    const out: Span[] = [];
    let buf = '';
    const flush = (): void => {
      if (buf) out.push({ _type: 'span', text: buf, marks: [...marks] });
      buf = '';
    };
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\' && i + 1 < text.length) {
        buf += text[i + 1];
        i += 2;
        continue;
      }
      if (c === '*' && text[i + 1] === '*') {
        const end = findClose(text, i + 2, '**');
        if (end < 0) throw new MarkupError(`unclosed ** in "${text.slice(i, i + 40)}…"`);
        flush();
        out.push(...this.parse(text.slice(i + 2, end), [...marks, 'strong']));
        i = end + 2;
        continue;
      }
      if (c === '*') {
        const end = findClose(text, i + 1, '*');
        if (end < 0) throw new MarkupError(`unclosed * in "${text.slice(i, i + 40)}…"`);
        flush();
        out.push(...this.parse(text.slice(i + 1, end), [...marks, 'em']));
        i = end + 1;
        continue;
      }
      if (c === '[') {
        const close = findClose(text, i + 1, ']');
        if (close < 0 || text[close + 1] !== '(')
          throw new MarkupError(`malformed link near "${text.slice(i, i + 40)}…"`);
        const end = text.indexOf(')', close + 2);
        if (end < 0) throw new MarkupError(`unclosed link target near "${text.slice(i, i + 40)}…"`);
        const target = text.slice(close + 2, end).trim();
        flush();
        const key = this.annotation(target);
        out.push(...this.parse(text.slice(i + 1, close), [...marks, key]));
        i = end + 1;
        continue;
      }
      buf += c;
      i++;
    }
    flush();
    return mergeSpans(out);
  }
}

/** Index of the closing token, skipping escapes, nested ** when looking for *, and nested [ ]. */
function findClose(text: string, from: number, token: string): number {
  let depth = 0;
  let emOpen = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (token === ']') {
      if (c === '[') depth++;
      else if (c === ']') {
        if (depth === 0) return i;
        depth--;
      }
      continue;
    }
    if (token === '**') {
      // a single * inside **…** opens/closes emphasis; "***" with open emphasis closes it first
      if (c === '*' && emOpen) {
        emOpen = false;
        continue;
      }
      if (text.startsWith('**', i)) return i;
      if (c === '*') emOpen = true;
      continue;
    }
    // token '*': skip over **…** pairs
    if (text.startsWith('**', i)) {
      const inner = text.indexOf('**', i + 2);
      if (inner < 0) return -1;
      i = inner + 1;
      continue;
    }
    if (c === '*') return i;
  }
  return -1;
}

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.marks.join(' ') === s.marks.join(' ')) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

function textBlock(ctx: MarkupContext, text: string, style: string, list?: 'bullet' | 'number'): PtBlock {
  const p = new InlineParser(ctx);
  const children = p.parse(text);
  if (children.length === 0) children.push({ _type: 'span', text: '', marks: [] });
  const block: PtBlock = { _type: 'block', style, markDefs: p.markDefs, children };
  if (list) {
    block.listItem = list;
    block.level = 1;
  }
  return block;
}

const ATTR_RE = /([a-zA-Z]+)="((?:[^"\\]|\\.)*)"/g;

export function parseDirective(line: string): { name: string; arg?: string; attrs: Record<string, string> } {
  const m = /^::([a-z]+)(?:\[([^\]]*)\])?(?:\{(.*)\})?\s*$/.exec(line);
  if (!m) throw new MarkupError(`malformed directive line "${line}"`);
  const attrs: Record<string, string> = {};
  const rawAttrs = m[3] ?? '';
  let consumed = rawAttrs;
  for (const a of rawAttrs.matchAll(ATTR_RE)) {
    attrs[a[1] ?? ''] = (a[2] ?? '').replace(/\\(.)/g, '$1');
    consumed = consumed.replace(a[0], '');
  }
  if (consumed.trim() !== '')
    throw new MarkupError(`cannot parse attributes of "${line}" (left over: "${consumed.trim()}")`);
  return { name: m[1] ?? '', arg: m[2], attrs };
}

function checkAttrs(name: string, attrs: Record<string, string>, allowed: string[], required: string[]): void {
  for (const k of Object.keys(attrs)) {
    if (!allowed.includes(k)) throw new MarkupError(`::${name} has unknown attribute "${k}"`);
  }
  for (const k of required) {
    if (!attrs[k] || !attrs[k].trim()) throw new MarkupError(`::${name} needs a non-empty ${k}="…"`);
  }
}

function linesToBlocks(ctx: MarkupContext, lines: string[]): PtBlock[] {
  const blocks: PtBlock[] = [];
  let para: string[] = [];
  let quote: string[] = [];
  const flushPara = (): void => {
    if (para.length) blocks.push(textBlock(ctx, para.join(' '), 'normal'));
    para = [];
  };
  const flushQuote = (): void => {
    if (quote.length) blocks.push(textBlock(ctx, quote.join(' '), 'blockquote'));
    quote = [];
  };
  const flush = (): void => {
    flushPara();
    flushQuote();
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^(#{2,4}) (.+)$/.exec(line))) {
      flush();
      blocks.push(textBlock(ctx, m[2] ?? '', `h${(m[1] ?? '').length}`));
    } else if ((m = /^- (.+)$/.exec(line))) {
      flush();
      blocks.push(textBlock(ctx, m[1] ?? '', 'normal', 'bullet'));
    } else if ((m = /^\d+\. (.+)$/.exec(line))) {
      flush();
      blocks.push(textBlock(ctx, m[1] ?? '', 'normal', 'number'));
    } else if ((m = /^> ?(.*)$/.exec(line))) {
      flushPara();
      quote.push(m[1] ?? '');
    } else if (line.startsWith('#')) {
      throw new MarkupError(`unsupported heading "${line.slice(0, 40)}" (use ##, ### or ####)`);
    } else {
      flushQuote();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/** Converts a markup body to a Portable Text array. Throws MarkupError on anything unknown. */
export function markupToPortableText(body: string, ctx: MarkupContext): PtBlock[] {
  const lines = body.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const out: PtBlock[] = [];
  let pending: string[] = [];
  const flushPending = (): void => {
    out.push(...linesToBlocks(ctx, pending));
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line.startsWith('::')) {
      pending.push(lines[i] ?? '');
      continue;
    }
    flushPending();
    const { name, arg, attrs } = parseDirective(line);
    switch (name) {
      case 'image': {
        checkAttrs(name, attrs, ['alt', 'caption', 'credit', 'long'], ['alt']);
        if (!arg) throw new MarkupError('::image needs [imageKey]');
        const img = ctx.image(arg.trim(), { alt: attrs.alt ?? '', caption: attrs.caption, credit: attrs.credit });
        if (attrs.long) img.longDescription = attrs.long;
        out.push(img);
        break;
      }
      case 'gallery': {
        checkAttrs(name, attrs, ['caption', 'alts', 'credit'], ['alts']);
        const keys = (arg ?? '')
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean);
        const alts = (attrs.alts ?? '').split('|').map((a) => a.trim());
        if (keys.length < 2) throw new MarkupError('::gallery needs at least 2 image keys');
        if (alts.length !== keys.length || alts.some((a) => !a)) {
          throw new MarkupError(`::gallery has ${keys.length} images but ${alts.length} alts`);
        }
        const g: PtBlock = {
          _type: 'gallery',
          images: keys.map((k, j) => ctx.image(k, { alt: alts[j] ?? '', credit: attrs.credit })),
        };
        if (attrs.caption) g.caption = attrs.caption;
        out.push(g);
        break;
      }
      case 'pullquote': {
        checkAttrs(name, attrs, ['text', 'by'], ['text']);
        const q: PtBlock = { _type: 'pullQuote', text: attrs.text };
        if (attrs.by) q.attribution = attrs.by;
        out.push(q);
        break;
      }
      case 'factbox': {
        checkAttrs(name, attrs, ['title'], ['title']);
        const inner: string[] = [];
        let j = i + 1;
        for (; j < lines.length && (lines[j] ?? '').trim() !== '::end'; j++) {
          const innerLine = lines[j] ?? '';
          if (innerLine.trim().startsWith('::'))
            throw new MarkupError(`directive "${innerLine.trim()}" inside ::factbox`);
          inner.push(innerLine);
        }
        if (j >= lines.length) throw new MarkupError(`::factbox{title="${attrs.title}"} is not closed by ::end`);
        const body = linesToBlocks(ctx, inner);
        for (const b of body) {
          if (b._type !== 'block' || !['normal'].includes(String(b.style))) {
            throw new MarkupError('::factbox body may only contain paragraphs and lists');
          }
        }
        if (body.length === 0) throw new MarkupError('::factbox body is empty');
        out.push({ _type: 'factBox', title: attrs.title, body });
        i = j;
        break;
      }
      case 'end':
        throw new MarkupError('::end without ::factbox');
      case 'video': {
        checkAttrs(name, attrs, ['url', 'title', 'caption', 'duration', 'transcript'], ['url', 'title']);
        if (!hostAllowed(attrs.url ?? '', VIDEO_HOSTS))
          throw new MarkupError(`::video url "${attrs.url}" is not an allowed https provider`);
        const v: PtBlock = { _type: 'videoEmbed', url: attrs.url, title: attrs.title };
        if (attrs.caption) v.caption = attrs.caption;
        if (attrs.duration) v.duration = seconds(attrs.duration);
        if (attrs.transcript) v.transcript = attrs.transcript;
        out.push(v);
        break;
      }
      case 'audio': {
        checkAttrs(name, attrs, ['title', 'transcript', 'url', 'duration'], ['title']);
        const a: PtBlock = { _type: 'audioEmbed', title: attrs.title };
        if (attrs.url) {
          if (!hostAllowed(attrs.url, AUDIO_HOSTS))
            throw new MarkupError(`::audio url "${attrs.url}" is not an allowed https provider`);
          a.url = attrs.url;
        } else {
          a.file = ctx.audioFile();
        }
        if (attrs.transcript) a.transcript = attrs.transcript;
        if (attrs.duration) a.duration = seconds(attrs.duration);
        out.push(a);
        break;
      }
      case 'exemplar': {
        checkAttrs(name, attrs, ['note'], []);
        const id = `exemplar.${(arg ?? '').trim()}`;
        if (!arg || !ctx.hasDocument(id)) throw new MarkupError(`::exemplar refers to unknown "${id}"`);
        const card: PtBlock = { _type: 'exemplarCard', exemplar: { _type: 'reference', _ref: id } };
        if (attrs.note) card.note = attrs.note;
        out.push(card);
        break;
      }
      default:
        throw new MarkupError(`unknown directive "::${name}"`);
    }
  }
  flushPending();
  return out;
}

/** Plain text of a Portable Text array (for word counts). */
export function portableTextToPlain(blocks: PtBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b._type === 'block') parts.push((b.children as Span[]).map((c) => c.text).join(''));
    else if (b._type === 'factBox') parts.push(String(b.title), portableTextToPlain(b.body as PtBlock[]));
    else if (b._type === 'pullQuote') parts.push(String(b.text));
  }
  return parts.join('\n');
}
