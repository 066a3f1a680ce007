// The bundled sample dataset (site/dataset) must import with `sanity dataset import` unchanged and
// satisfy the content minimums the site and its tests rely on.

import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const DATASET = join(ROOT, 'site/dataset')

type Doc = Record<string, unknown> & { _id: string; _type: string }

const ndjsonFiles = readdirSync(DATASET).filter((f) => f.endsWith('.ndjson'))
const lines = readFileSync(join(DATASET, 'data.ndjson'), 'utf8').split('\n')
const docs: Doc[] = lines.filter((l) => l !== '').map((l) => JSON.parse(l) as Doc)
const byId = new Map(docs.map((d) => [d._id, d]))
const published = docs.filter((d) => !d._id.startsWith('drafts.'))
const stories = published.filter((d) => d._type === 'story')
const ofType = (t: string): Doc[] => published.filter((d) => d._type === t)

function walk(value: unknown, visit: (v: unknown, path: string) => void, path = ''): void {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k)
  }
}

function collect<T>(doc: unknown, pick: (v: unknown, path: string) => T | undefined): Array<{ value: T; path: string }> {
  const out: Array<{ value: T; path: string }> = []
  walk(doc, (v, path) => {
    const r = pick(v, path)
    if (r !== undefined) out.push({ value: r, path })
  })
  return out
}

const refOf = (v: unknown): string | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { _ref?: unknown })._ref === 'string'
    ? (v as { _ref: string })._ref
    : undefined

describe('Sanity export layout and import rules', () => {
  it('has exactly one ndjson file, assets.json, images/ and files/', () => {
    expect(ndjsonFiles).toEqual(['data.ndjson'])
    expect(statSync(join(DATASET, 'images')).isDirectory()).toBe(true)
    expect(statSync(join(DATASET, 'files')).isDirectory()).toBe(true)
    expect(existsSync(join(DATASET, 'assets.json'))).toBe(true)
  })

  it('has one parseable document per line, each with string _id and _type', () => {
    expect(lines[lines.length - 1]).toBe('') // trailing newline
    for (const line of lines.slice(0, -1)) {
      expect(line.trim()).not.toBe('')
      const d = JSON.parse(line) as Doc
      expect(typeof d._id).toBe('string')
      expect(typeof d._type).toBe('string')
    }
    expect(docs.length).toBeGreaterThan(100)
  })

  it('uses ids that match ^[a-z0-9_.-]+$ (after the participation contract’s "contestEntry." prefix)', () => {
    for (const d of docs) expect(/^(contestEntry\.)?[a-z0-9_.-]+$/.test(d._id), d._id).toBe(true)
  })

  it('follows the id conventions of the contract', () => {
    for (const d of docs) {
      const id = d._id.replace(/^drafts\./, '')
      if (d._type === 'siteSettings') expect(id).toBe('site-settings')
      else expect(id.startsWith(`${d._type}.`), d._id).toBe(true)
    }
  })

  it('has no duplicate ids', () => {
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length)
  })

  it('has no asset documents and no asset references (assets travel as _sanityAsset)', () => {
    expect(docs.filter((d) => /^sanity\.(image|file)Asset$/.test(d._type))).toEqual([])
    for (const d of docs) {
      const assetRefs = collect(d, (v) => {
        const r = refOf(v)
        return r && /^(image|file)-/.test(r) ? r : undefined
      })
      expect(assetRefs, d._id).toEqual([])
    }
  })

  it('resolves every _ref of every published document to a published document', () => {
    for (const d of published) {
      for (const { value, path } of collect(d, refOf)) {
        expect(byId.has(value), `${d._id} ${path} → ${value}`).toBe(true)
        expect(value.startsWith('drafts.'), `${d._id} ${path}`).toBe(false)
      }
    }
  })

  it('resolves the references of drafts too', () => {
    for (const d of docs.filter((x) => x._id.startsWith('drafts.'))) {
      for (const { value } of collect(d, refOf)) expect(byId.has(value), `${d._id} → ${value}`).toBe(true)
    }
  })

  it('gives every object in every array a unique _key', () => {
    for (const d of docs) {
      walk(d, (v, path) => {
        if (!Array.isArray(v)) return
        const keys = new Set<string>()
        v.forEach((item, i) => {
          if (item && typeof item === 'object' && !Array.isArray(item)) {
            const key = (item as { _key?: unknown })._key
            expect(typeof key, `${d._id} ${path}[${i}]`).toBe('string')
            expect(keys.has(key as string), `${d._id} ${path}[${i}] duplicate ${String(key)}`).toBe(false)
            keys.add(key as string)
          }
        })
      })
    }
  })

  const assetValues = docs.flatMap((d) =>
    collect(d, (v, path) => (path.endsWith('._sanityAsset') || path === '_sanityAsset' ? String(v) : undefined)).map((a) => ({
      ...a,
      doc: d._id,
    })),
  )

  it('writes _sanityAsset as image@file://./images/<sha1>-<w>x<h>.<ext> or file@file://./files/<sha1>.<ext>', () => {
    expect(assetValues.length).toBeGreaterThan(50)
    for (const a of assetValues) {
      expect(
        /^image@file:\/\/\.\/images\/[a-f0-9]{40}-\d+x\d+\.[a-z]+$/.test(a.value) ||
          /^file@file:\/\/\.\/files\/[a-f0-9]{40}\.[a-z0-9]+$/.test(a.value),
        `${a.doc} ${a.path}: ${a.value}`,
      ).toBe(true)
    }
  })

  it('has every referenced asset on disk, with sha1 and dimensions matching the name', async () => {
    const unique = [...new Set(assetValues.map((a) => a.value))]
    for (const value of unique) {
      const rel = value.replace(/^(image|file)@file:\/\/\.\//, '')
      const file = join(DATASET, rel)
      expect(existsSync(file), value).toBe(true)
      const bytes = readFileSync(file)
      const name = rel.split('/')[1] ?? ''
      const sha1 = createHash('sha1').update(bytes).digest('hex')
      expect(name.startsWith(sha1), value).toBe(true)
      if (value.startsWith('image@')) {
        const [, w = '', h = '', ext = ''] = /-(\d+)x(\d+)\.([a-z]+)$/.exec(name) ?? []
        const meta = await sharp(bytes).metadata()
        expect([meta.width, meta.height, meta.format]).toEqual([Number(w), Number(h), ext === 'jpg' ? 'jpeg' : ext])
        expect(meta.width).toBeGreaterThanOrEqual(1600)
      }
    }
  })

  it('has no unreferenced files (import would upload them as orphan assets)', () => {
    const referenced = new Set(assetValues.map((a) => a.value.replace(/^(image|file)@file:\/\/\.\//, '')))
    const onDisk = [
      ...readdirSync(join(DATASET, 'images')).map((f) => `images/${f}`),
      ...readdirSync(join(DATASET, 'files')).map((f) => `files/${f}`),
    ]
    expect(onDisk.sort()).toEqual([...referenced].sort())
  })

  it('has a well-formed assets.json keyed by <type>-<sha1> of files on disk', () => {
    const map = JSON.parse(readFileSync(join(DATASET, 'assets.json'), 'utf8')) as Record<string, Record<string, unknown>>
    const files = [
      ...readdirSync(join(DATASET, 'images')).map((f) => ({ type: 'image', f })),
      ...readdirSync(join(DATASET, 'files')).map((f) => ({ type: 'file', f })),
    ]
    const expected = files.map(({ type, f }) => `${type}-${f.slice(0, 40)}`).sort()
    expect(Object.keys(map).sort()).toEqual(expected)
    for (const [key, meta] of Object.entries(map)) {
      expect(typeof meta.originalFilename, key).toBe('string')
      expect(meta.sha1hash).toBe(key.split('-')[1])
      for (const excluded of ['_id', '_type', 'url', 'path', 'assetId', 'extension', 'mimeType']) {
        expect(meta, `${key} must not carry ${excluded}`).not.toHaveProperty(excluded)
      }
    }
  })

  it('keeps the committed images modest in size', () => {
    const total = readdirSync(join(DATASET, 'images')).reduce((n, f) => n + statSync(join(DATASET, 'images', f)).size, 0)
    expect(readdirSync(join(DATASET, 'images')).length).toBeGreaterThanOrEqual(20)
    expect(total).toBeLessThan(15 * 1024 * 1024)
  })

  it('contains no U+FFFD (import rejects it)', () => {
    expect(readFileSync(join(DATASET, 'data.ndjson'), 'utf8')).not.toContain('\uFFFD')
  })
})

describe('Vietnamese text', () => {
  it('stores every string NFC without look-alike Đ', () => {
    for (const d of docs) {
      walk(d, (v, path) => {
        if (typeof v !== 'string') return
        expect(v.normalize('NFC') === v, `${d._id} ${path} not NFC`).toBe(true)
        expect(/[\u00D0\u0189\u00F0\u0256]/.test(v), `${d._id} ${path} has look-alike Đ`).toBe(false)
      })
    }
  })
})

describe('content minimums', () => {
  const FORMATS = ['bai-viet', 'phong-su', 'ky-su', 'phong-su-anh', 'video', 'podcast', 'infographic', 'longform']

  it('has the 34 provinces', () => {
    expect(ofType('province')).toHaveLength(34)
  })

  it('has organisations in at least 10 provinces, persons, columns and themes', () => {
    const orgs = ofType('organisation')
    expect(orgs.length).toBeGreaterThanOrEqual(15)
    expect(new Set(orgs.map((o) => refOf(o.province))).size).toBeGreaterThanOrEqual(10)
    expect(ofType('person').length).toBeGreaterThanOrEqual(10)
    expect(ofType('column').length).toBeGreaterThanOrEqual(6)
    const themes = ofType('theme')
    expect(themes.length).toBeGreaterThanOrEqual(5)
    const curated = themes.filter((t) => t.selection === 'curated')
    expect(curated.length).toBeGreaterThanOrEqual(1)
    for (const t of curated) expect((t.stories as unknown[]).length).toBeGreaterThanOrEqual(3)
    expect(themes.some((t) => t.selection === 'tagged')).toBe(true)
  })

  it('has ≥ 32 exemplars of both kinds, many roles and levels, in ≥ 10 provinces, complete', () => {
    const ex = ofType('exemplar')
    expect(ex.length).toBeGreaterThanOrEqual(32)
    expect(new Set(ex.map((e) => e.kind))).toEqual(new Set(['ca-nhan', 'tap-the']))
    expect(new Set(ex.map((e) => e.role)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(ex.map((e) => e.educationLevel)).size).toBe(7)
    expect(new Set(ex.map((e) => refOf(e.province))).size).toBeGreaterThanOrEqual(10)
    expect(ex.some((e) => (e.lifecycle as { showPublicly: boolean }).showPublicly)).toBe(true)
    expect(ex.some((e) => !(e.lifecycle as { showPublicly: boolean }).showPublicly)).toBe(true)
    for (const e of ex) {
      expect((e.portrait as { alt?: string }).alt, e._id).toBeTruthy()
      expect(String(e.summary).length, e._id).toBeLessThanOrEqual(300)
      const bio = e.bio as unknown[]
      expect(bio.length, e._id).toBeGreaterThanOrEqual(2)
      expect(bio.length, e._id).toBeLessThanOrEqual(4)
      const ach = e.achievements as unknown[]
      expect(ach.length, e._id).toBeGreaterThanOrEqual(1)
      expect(ach.length, e._id).toBeLessThanOrEqual(4)
      const history = (e.lifecycle as { history: Array<{ date: string }> }).history
      expect(history.length, e._id).toBeGreaterThanOrEqual(1)
      expect(history.map((x) => x.date), e._id).toEqual([...history.map((x) => x.date)].sort())
      expect((e.movements as unknown[]).length, e._id).toBeGreaterThanOrEqual(1)
    }
  })

  it('has ≥ 44 published stories, each format ≥ 3 times, across all columns and themes', () => {
    expect(stories.length).toBeGreaterThanOrEqual(44)
    for (const f of FORMATS) expect(stories.filter((s) => s.format === f).length, f).toBeGreaterThanOrEqual(3)
    const usedColumns = new Set(stories.map((s) => refOf(s.column)))
    for (const c of ofType('column')) expect(usedColumns.has(c._id), c._id).toBe(true)
    const usedThemes = new Set(stories.flatMap((s) => (s.themes as unknown[]).map(refOf)))
    for (const t of ofType('theme')) expect(usedThemes.has(t._id), t._id).toBe(true)
  })

  it('has stories of 350–900 words with headings, UTC dates spread over 2023–2026', async () => {
    const { countWords, portableTextToPlain } = await import('../../scripts/sample-dataset/markup.ts')
    const years = new Set<string>()
    for (const s of stories) {
      const words = countWords(portableTextToPlain(s.body as never))
      expect(words, s._id).toBeGreaterThanOrEqual(350)
      expect(words, s._id).toBeLessThanOrEqual(900)
      const body = s.body as Array<{ _type: string; style?: string }>
      expect(body.some((b) => b.style === 'h2' || b.style === 'h3'), s._id).toBe(true)
      expect(String(s.publishedAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      if (s.updatedAt) expect(String(s.updatedAt) >= String(s.publishedAt), s._id).toBe(true)
      expect((s.credits as unknown[]).length, s._id).toBeGreaterThanOrEqual(1)
      expect((s.cover as { alt?: string }).alt, s._id).toBeTruthy()
      years.add(String(s.publishedAt).slice(0, 4))
    }
    for (const y of ['2023', '2024', '2025', '2026']) expect(years.has(y), y).toBe(true)
    expect(stories.some((s) => s.updatedAt)).toBe(true)
    expect(stories.some((s) => s.republishedFrom)).toBe(true)
    expect(stories.some((s) => s.seo)).toBe(true)
    expect(stories.some((s) => s.featured === true)).toBe(true)
    expect(stories.some((s) => Array.isArray(s.sources) && (s.sources as unknown[]).length > 0)).toBe(true)
  })

  it('uses every Portable Text feature of the contract somewhere', () => {
    const blocks = stories.flatMap((s) => s.body as Array<Record<string, unknown>>)
    const types = new Set(blocks.map((b) => b._type))
    for (const t of ['block', 'accessibleImage', 'gallery', 'pullQuote', 'factBox', 'videoEmbed', 'audioEmbed', 'exemplarCard']) {
      expect(types.has(t), t).toBe(true)
    }
    const styles = new Set(blocks.map((b) => b.style))
    for (const s of ['normal', 'h2', 'h3', 'blockquote']) expect(styles.has(s), s).toBe(true)
    const lists = new Set(blocks.map((b) => b.listItem))
    expect(lists.has('bullet') && lists.has('number')).toBe(true)
    const marks = blocks.flatMap((b) => (b.markDefs as Array<Record<string, unknown>> | undefined) ?? [])
    const hrefs = marks.filter((m) => m._type === 'link').map((m) => String(m.href))
    expect(hrefs.some((h) => h.startsWith('https://'))).toBe(true)
    expect(hrefs.some((h) => h.startsWith('mailto:'))).toBe(true)
    expect(hrefs.some((h) => h.startsWith('tel:'))).toBe(true)
    const internal = marks.filter((m) => m._type === 'internalLink').map((m) => refOf(m.reference)!)
    expect(internal.some((r) => r.startsWith('story.'))).toBe(true)
    expect(internal.some((r) => r.startsWith('exemplar.'))).toBe(true)
    const decorators = new Set(blocks.flatMap((b) => ((b.children as Array<{ marks: string[] }>) ?? []).flatMap((c) => c.marks)))
    expect(decorators.has('strong') && decorators.has('em')).toBe(true)
    const imgs = blocks.filter((b) => b._type === 'accessibleImage')
    expect(imgs.some((i) => i.caption && i.credit)).toBe(true)
    for (const g of blocks.filter((b) => b._type === 'gallery')) expect((g.images as unknown[]).length).toBeGreaterThanOrEqual(2)
    expect(blocks.filter((b) => b._type === 'gallery').length).toBeGreaterThanOrEqual(3)
    const videos = blocks.filter((b) => b._type === 'videoEmbed').map((v) => new URL(String(v.url)).hostname)
    expect(videos.some((h) => h.includes('youtu'))).toBe(true)
    expect(videos.some((h) => h.includes('vimeo'))).toBe(true)
    const audio = blocks.filter((b) => b._type === 'audioEmbed')
    expect(audio.some((a) => String((a.file as { _sanityAsset?: string })?._sanityAsset).startsWith('file@file://./files/'))).toBe(true)
    // galleries appear in photo essays
    const essays = stories.filter((s) => s.format === 'phong-su-anh')
    for (const e of essays) expect((e.body as Array<{ _type: string }>).some((b) => b._type === 'gallery'), e._id).toBe(true)
  })

  it('has ≥ 12 honours with decision numbers, dates, issuers and exemplar recipients', () => {
    const hs = ofType('honour')
    expect(hs.length).toBeGreaterThanOrEqual(12)
    for (const h of hs) {
      expect(String(h.decisionNumber), h._id).toMatch(/^\d+\/QĐ-[\p{L}0-9&-]+$/u)
      expect(String(h.decisionDate)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(h.issuer, h._id).toBeTruthy()
      const rs = h.recipients as unknown[]
      expect(rs.length).toBeGreaterThanOrEqual(1)
      for (const r of rs) expect(byId.get(refOf(r)!)?._type).toBe('exemplar')
    }
    expect(new Set(hs.map((h) => h.level))).toEqual(new Set(['co-so', 'bo-tinh', 'toan-quoc']))
  })

  it('has a contest with ≥ 8 entries (contestEntry documents), placings and ordered dates', () => {
    const c = ofType('contest')[0]!
    expect(c).toBeDefined()
    expect(String(c.opensAt) < String(c.closesAt) && String(c.closesAt) < String(c.resultsAt)).toBe(true)
    expect(c).not.toHaveProperty('entries')
    const entries = ofType('contestEntry').filter((e) => (e.contest as { _ref: string })._ref === c._id) as unknown as Array<{ status: string; placing?: string; contact?: unknown; consents?: unknown }>
    expect(entries.length).toBeGreaterThanOrEqual(8)
    const prizeKeys = (c.prizes as Array<{ _key: string }>).map((p) => p._key)
    // Every prize is won, placings are prize keys, and one valid entry did not win.
    expect(new Set(entries.map((e) => e.placing).filter(Boolean))).toEqual(new Set(prizeKeys))
    expect(entries.filter((e) => e.status === 'hop-le' && e.placing === undefined).length).toBeGreaterThan(0)
    // Legacy public records: no contact details, no consent records.
    for (const e of entries) expect(e.contact ?? e.consents).toBeUndefined()
  })

  it('has a contest open for online entries in 2026–2027 with a rubric, file limits and an honour prize', () => {
    const open = ofType('contest').find((c) => String(c.opensAt) <= '2026-12-01T00:00:00Z' && String(c.closesAt) > '2027-01-01T00:00:00Z')!
    expect(open).toBeDefined()
    expect(open.acceptsOnlineEntries).toBe(true)
    expect(open.limits).toMatchObject({ maxWords: 2000, maxFileMegabytes: 20, fileKinds: ['docx', 'pdf', 'audio', 'video'] })
    const rubric = open.rubric as Array<{ weight: number; maxScore: number }>
    expect(rubric.length).toBe(3)
    for (const r of rubric) expect(r.weight > 0 && r.maxScore > 0).toBe(true)
    const honour = (open.prizes as Array<Record<string, unknown>>).find((p) => p.isHonour === true)!
    expect(honour.title).toBe('Giải Nhất')
    expect(honour.decisionNumber && honour.decisionDate && honour.issuer).toBeTruthy()
  })

  it('has a giao lưu and a tọa đàm with exemplars', () => {
    const evs = ofType('event')
    expect(new Set(evs.map((e) => e.kind))).toEqual(new Set(['giao-luu', 'toa-dam']))
    for (const e of evs) {
      expect((e.exemplars as unknown[]).length).toBeGreaterThanOrEqual(1)
      expect(String(e.startsAt) < String(e.endsAt)).toBe(true)
    }
  })

  it('has 2 publications with 6–12 chapters mixing stories and one section', () => {
    const pubs = ofType('publication')
    expect(pubs).toHaveLength(2)
    for (const p of pubs) {
      const ch = p.chapters as Array<{ _type: string }>
      expect(ch.length).toBeGreaterThanOrEqual(6)
      expect(ch.length).toBeLessThanOrEqual(12)
      expect(ch.filter((c) => c._type === 'sectionChapter')).toHaveLength(1)
      expect(ch.filter((c) => c._type === 'storyChapter').length).toBeGreaterThanOrEqual(5)
      expect(p.edition).toBeTruthy()
      expect((p.foreword as unknown[]).length).toBeGreaterThanOrEqual(1)
    }
  })

  it('has siteSettings titled Gương sáng with featured story and spotlight exemplars', () => {
    const s = byId.get('site-settings')!
    expect(s.title).toBe('Gương sáng')
    expect(byId.get(refOf(s.featuredStory)!)?._type).toBe('story')
    expect((s.spotlightExemplars as unknown[]).length).toBeGreaterThanOrEqual(3)
    expect((s.navigation as unknown[]).length).toBeGreaterThanOrEqual(4)
    expect((s.socialLinks as unknown[]).length).toBeGreaterThanOrEqual(2)
  })

  it('has a draft-only story and a draft of a published story with a changed title', () => {
    const drafts = docs.filter((d) => d._id.startsWith('drafts.'))
    const draftOnly = drafts.find((d) => d.title === 'BẢN NHÁP — không được xuất bản')
    expect(draftOnly).toBeDefined()
    expect(byId.has(draftOnly!._id.replace(/^drafts\./, ''))).toBe(false)
    const revised = drafts.filter((d) => byId.has(d._id.replace(/^drafts\./, '')))
    expect(revised.length).toBeGreaterThanOrEqual(1)
    for (const r of revised) expect(r.title).not.toBe(byId.get(r._id.replace(/^drafts\./, ''))!.title)
  })
})

describe('generator', () => {
  let out: string
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'guong-sang-dataset-'))
  })
  afterAll(() => {
    rmSync(out, { recursive: true, force: true })
  })

  it('is deterministic: a fresh build is byte-identical to site/dataset', async () => {
    const { buildDataset } = await import('../../scripts/sample-dataset/build.ts')
    await buildDataset(out)
    const list = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort()
    expect(list(out)).toEqual(list(DATASET))
    for (const rel of list(out)) {
      const a = readFileSync(join(out, rel))
      const b = readFileSync(join(DATASET, rel))
      expect(a.equals(b), rel).toBe(true)
    }
  }, 180_000)

  it('fails loudly, naming the story, on an unknown directive or reference', async () => {
    const { markupToPortableText } = await import('../../scripts/sample-dataset/markup.ts')
    const ctx = { image: () => ({}), hasDocument: (id: string) => id === 'story.co-that', audioFile: () => ({}) }
    expect(() => markupToPortableText('::banner{text="x"}', ctx)).toThrow(/unknown directive "::banner"/)
    expect(() => markupToPortableText('[x](story:khong-co)', ctx)).toThrow(/unknown document "story.khong-co"/)
    expect(() => markupToPortableText('[x](javascript:alert(1))', ctx)).toThrow(/link target/)
    expect(() => markupToPortableText('::video{url="https://evil.example/v" title="x"}', ctx)).toThrow(/not an allowed/)
    expect(() => markupToPortableText('::factbox{title="x"}\n- a', ctx)).toThrow(/not closed/)
    const ok = markupToPortableText('Xem [bài](story:co-that) và **đậm *nghiêng***.', ctx)
    const first = ok[0]!
    expect(first.children).toEqual([
      { _type: 'span', text: 'Xem ', marks: [] },
      { _type: 'span', text: 'bài', marks: [(first.markDefs as Array<{ _key: string }>)[0]!._key] },
      { _type: 'span', text: ' và ', marks: [] },
      { _type: 'span', text: 'đậm ', marks: ['strong'] },
      { _type: 'span', text: 'nghiêng', marks: ['strong', 'em'] },
      { _type: 'span', text: '.', marks: [] },
    ])
  })
})

describe('schema validation', () => {
  const validator = join(ROOT, 'schemas/validation/validate-dataset.ts')
  it('passes validateDataset with zero errors for every published document', async () => {
    expect(existsSync(validator)).toBe(true)
    const { validateDataset } = (await import(validator)) as {
      validateDataset: (docs: unknown[]) => Promise<Array<{ level: string; documentId: string; path: string; message: string }>>
    }
    const problems = await validateDataset(published)
    const errors = problems.filter((p) => p.level === 'error').map((p) => `${p.documentId} ${p.path}: ${p.message}`)
    expect(errors).toEqual([])
  }, 120_000)
})
