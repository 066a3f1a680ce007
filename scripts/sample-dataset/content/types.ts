// Shapes of the authored sample content. Stories are written in the compact markup described at the
// top of ../markup.ts and converted to Portable Text by ../build.ts.

export type StoryFormat =
  | 'bai-viet'
  | 'phong-su'
  | 'ky-su'
  | 'phong-su-anh'
  | 'video'
  | 'podcast'
  | 'infographic'
  | 'longform'

export type CreditRole = 'tac-gia' | 'anh' | 'bien-tap' | 'video' | 'do-hoa' | 'thuc-hien' | 'dich' | 'loi-binh'

export interface StoryInput {
  /** ASCII kebab-case; the document id becomes `story.<slug>`. */
  slug: string
  title: string
  /** 1–2 sentences, ≤ 300 characters. */
  dek: string
  format: StoryFormat
  /** A column slug from registry.ts `columns`. */
  column: string
  /** Theme slugs from registry.ts `themes`. */
  themes: string[]
  /** Exemplar slugs from registry.ts `exemplars`. */
  exemplars: string[]
  /** `[personSlug, role]` pairs; person slugs from registry.ts `persons`. At least one. */
  credits: Array<[string, CreditRole]>
  /** ISO 8601 with offset, e.g. '2024-11-18T08:30:00+07:00' (converted to UTC `Z`). */
  publishedAt: string
  updatedAt?: string
  /** An image key from registry.ts `IMAGE_KEYS`. */
  cover: string
  coverAlt: string
  coverCaption?: string
  coverCredit: string
  seo?: { title?: string; description?: string }
  featured?: boolean
  /** originalDate as 'YYYY-MM-DD'. */
  republishedFrom?: { outlet: string; url: string; originalDate: string }
  sources?: Array<{ title: string; outlet?: string; url?: string }>
  /** Compact markup, see ../markup.ts. */
  body: string
}
