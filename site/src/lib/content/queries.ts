// Every GROQ query of the public site. Owned by the site engineer; the seam (source.ts, integrity/)
// runs them against a source that is already public and pruned, but each query still filters drafts
// out on its own and projects only fields that are safe to publish.
//
// Rules: every query is wrapped in `defineQuery`; every projected document (including dereferenced
// ones) carries `_id`; shared shapes are template-literal fragments below.
import { defineQuery } from 'groq';

/** Published documents only (belt and braces: the source is already pruned). */
const PUBLISHED = `!(_id in path("drafts.**"))`;
// Scheduled documents (`publishedAt` after the build's clock) are not filtered here but held back by
// the seam for every query at once (integrity/schedule.ts): GROQ's `now()` is the query server's
// clock, not the build's (BUILD_TIME), and booklets, open data and feeds must agree with the pages.

/** Any image object (accessibleImage). Both sources present the asset as Sanity does: `asset._ref`. */
const IMAGE = `{
  _type,
  _key,
  alt,
  caption,
  credit,
  crop,
  hotspot,
  "asset": asset{ _ref }
}`;

/** A body image: an infographic's text alternative (`longDescription`) is shown under it. */
const BODY_IMAGE = `{
  _type,
  _key,
  alt,
  caption,
  credit,
  longDescription,
  crop,
  hotspot,
  "asset": asset{ _ref }
}`;

/** Where an internal link or navigation item points: enough to build our URL. */
const LINK_TARGET = `{
  _id,
  _type,
  "slug": slug.current,
  "title": coalesce(title, name)
}`;

/** Mark definitions: `link` keeps `href` (checked when rendered), `internalLink` is dereferenced. */
const MARK_DEFS = `markDefs[]{
  _key,
  _type,
  _type == "link" => { href },
  _type == "internalLink" => { "target": reference->${LINK_TARGET} }
}`;

const SIMPLE_BLOCKS = `{
  ...,
  _type == "block" => { ${MARK_DEFS} }
}`;

/** An exemplar as its card shows it (ExemplarCard): nothing more, so a page's cache key changes only when the card does. */
const EXEMPLAR_CARD = `{
  _id,
  _type,
  name,
  "slug": slug.current,
  kind,
  role,
  portrait${IMAGE},
  "organisation": organisation->{ _id, name },
  "province": province->{ _id, name }
}`;

/** Portable Text body: every block type of the contract, with references resolved. */
const BODY = `{
  ...,
  _type == "block" => { ${MARK_DEFS} },
  _type == "accessibleImage" => ${BODY_IMAGE},
  _type == "gallery" => { _key, _type, caption, "images": images[]${IMAGE} },
  _type == "factBox" => { _key, _type, title, "body": body[]${SIMPLE_BLOCKS} },
  _type == "exemplarCard" => { _key, _type, note, "exemplar": exemplar->${EXEMPLAR_CARD} },
  _type == "videoEmbed" => { _key, _type, title, url, caption, duration, transcript },
  _type == "audioEmbed" => { _key, _type, title, url, duration, transcript, "fileRef": file.asset._ref, "fileUrl": file.asset->url, "fileSize": file.asset->size, "fileMimeType": file.asset->mimeType }
}`;

const COLUMN_REF = `{
  _id,
  title,
  "slug": slug.current,
  kind
}`;

/** A story in lists and cards. */
const STORY_CARD = `{
  _id,
  title,
  "slug": slug.current,
  dek,
  format,
  publishedAt,
  cover${IMAGE},
  "column": column->${COLUMN_REF}
}`;

const STORY_FULL = `{
  _id,
  title,
  "slug": slug.current,
  dek,
  format,
  publishedAt,
  updatedAt,
  featured,
  cover${IMAGE},
  "column": column->${COLUMN_REF},
  "themes": themes[]->{ _id, title, "slug": slug.current },
  "exemplars": exemplars[]->${EXEMPLAR_CARD},
  "credits": credits[]{ _key, role, "person": person->{ _id, name, "slug": slug.current, jobTitle } },
  "sources": sources[]{ _key, title, outlet, url },
  republishedFrom{ outlet, url, originalDate },
  seo{ title, description },
  "body": body[]${BODY}
}`;

// Filtered by `_type` as well as `_id`, so TypeGen types the result as the siteSettings document alone.
export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "site-settings"][0]{
  _id,
  title,
  tagline,
  description,
  footerText,
  "navigation": navigation[]{ _key, label, url, "target": reference->${LINK_TARGET} },
  "socialLinks": socialLinks[]{ _key, platform, url },
  contact{ email, phone, address },
  "featuredStory": featuredStory->${STORY_CARD},
  "spotlightExemplars": spotlightExemplars[]->${EXEMPLAR_CARD}
}`);

export const storiesQuery = defineQuery(`*[_type == "story" && ${PUBLISHED} && defined(slug.current)]
  | order(publishedAt desc) ${STORY_FULL}`);

/**
 * One story by published `_id`, whatever its `publishedAt`: the draft preview (run over the drafts
 * view, server-side only) renders a story that is not public yet. Same projection as storiesQuery.
 */
export const storyPreviewQuery = defineQuery(`*[_type == "story" && _id == $id && defined(slug.current)][0]${STORY_FULL}`);

export const columnsQuery = defineQuery(`*[_type == "column" && ${PUBLISHED} && defined(slug.current)]{
  _id,
  title,
  "slug": slug.current,
  kind,
  description,
  order,
  cover${IMAGE}
}`);

// Listing and secondary pages (themes, contests, events, authors, publications). Story lists for
// columns, themes and authors are joined in routes/data.ts from storiesQuery (one pass, no
// per-document subquery).
export const themesQuery = defineQuery(`*[_type == "theme" && ${PUBLISHED} && defined(slug.current)]{
  _id,
  title,
  "slug": slug.current,
  kind,
  description,
  cover${IMAGE},
  period{ from, to },
  selection,
  "curated": stories[]->{ _id }
}`);

/**
 * Contest entries are their own documents (issue 11). Only entries in a public status, and only the
 * fields of `PublicContestEntry` (schemas/participation/public-record.ts): never contact details,
 * consents, birth years, receipts or files, even if a document carried them (the seam strips them too).
 */
const PUBLIC_STATUSES = `["hop-le", "chung-khao", "dat-giai"]`;
const PUBLIC_ENTRY = `{
  _id,
  title,
  status,
  placing,
  excerpt,
  submittedAt,
  "entrant": entrant{ name, role, school, province },
  "story": story->{ _id, title, "slug": slug.current }
}`;

export const contestsQuery = defineQuery(`*[_type == "contest" && ${PUBLISHED} && defined(slug.current)]
  | order(opensAt desc){
  _id,
  title,
  "slug": slug.current,
  summary,
  cover${IMAGE},
  "rules": rules[]${BODY},
  opensAt,
  closesAt,
  resultsAt,
  acceptsOnlineEntries,
  limits{ maxWords, maxMinutes, fileKinds, maxFileMegabytes },
  "prizes": prizes[]{ _key, title, count, value, isHonour, honourLevel, decisionNumber, decisionDate, issuer },
  "entries": *[_type == "contestEntry" && ${PUBLISHED} && contest._ref == ^._id && status in ${PUBLIC_STATUSES}]${PUBLIC_ENTRY}
}`);

export const eventsQuery = defineQuery(`*[_type == "event" && ${PUBLISHED} && defined(slug.current)]
  | order(startsAt desc){
  _id,
  title,
  "slug": slug.current,
  kind,
  startsAt,
  endsAt,
  venue{ name, address, "province": province->{ _id, name } },
  summary,
  cover${IMAGE},
  "description": description[]${BODY},
  "exemplars": exemplars[]->${EXEMPLAR_CARD},
  recording{ url, title, caption },
  "gallery": gallery[]${IMAGE}
}`);

export const peopleQuery = defineQuery(`*[_type == "person" && ${PUBLISHED} && defined(slug.current)]{
  _id,
  name,
  "slug": slug.current,
  jobTitle,
  bio,
  portrait${IMAGE},
  "organisation": organisation->{ _id, name }
}`);

export const publicationsQuery = defineQuery(`*[_type == "publication" && ${PUBLISHED} && defined(slug.current)]
  | order(year desc){
  _id,
  title,
  "slug": slug.current,
  edition,
  year,
  publishedAt,
  cover${IMAGE},
  "foreword": foreword[]${SIMPLE_BLOCKS},
  "chapters": chapters[]{
    _key,
    _type,
    title,
    "story": story->{ _id, title, "slug": slug.current }
  }
}`);

// An exemplar's stories, honours and events are joined in routes/data.ts from storiesQuery,
// honoursQuery and eventsQuery: as sub-queries (`*[… references(^._id)]` per exemplar) groq-js scans
// the whole dataset once per exemplar, which took ~15 min at 10.000 stories (`pnpm bench`).
export const exemplarsQuery = defineQuery(`*[_type == "exemplar" && ${PUBLISHED} && defined(slug.current)]{
  _id,
  _updatedAt,
  name,
  "slug": slug.current,
  kind,
  role,
  educationLevel,
  summary,
  portrait${IMAGE},
  "organisation": organisation->{ _id, name, "slug": slug.current, website },
  "province": province->{ _id, name, "slug": slug.current },
  "bio": bio[]${SIMPLE_BLOCKS},
  "achievements": achievements[]{ _key, year, description },
  "movements": movements[]->{ _id, title, "slug": slug.current, kind },
  "lifecycle": select(lifecycle.showPublicly == true => lifecycle{
    stage,
    "history": history[]{ _key, stage, date, note }
  })
}`);

/**
 * The honours register and open data: every public honour (isPublic unset counts as public) with its
 * recipients. Recipients that are not published exemplars come back null and are dropped by data.ts.
 */
export const honoursQuery = defineQuery(`*[_type == "honour" && ${PUBLISHED} && isPublic != false]
  | order(decisionDate desc){
  _id,
  _updatedAt,
  title,
  category,
  level,
  decisionNumber,
  decisionDate,
  issuer,
  year,
  decisionUrl,
  "recipients": recipients[]->{
    _id,
    _type,
    name,
    "slug": slug.current,
    kind,
    "province": province->{ _id, name, "slug": slug.current }
  }
}`);

// --- E-publications (booklet engine: site/src/lib/booklet/) ---------------------------------------

/** Published publications for the booklet builders (CLI, build hook, bench): which ones exist. */
export const bookletListQuery = defineQuery(`*[_type == "publication" && ${PUBLISHED} && defined(slug.current)]
  | order(slug.current asc){ _id, "slug": slug.current, title }`);

/**
 * One publication with every chapter resolved. `storyId` is the raw reference, kept so a chapter
 * whose story is missing, unpublished or excluded (then `story` is null) can be named in a warning.
 */
export const bookletQuery = defineQuery(`*[_type == "publication" && ${PUBLISHED} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  edition,
  year,
  publishedAt,
  pageSize,
  cover${IMAGE},
  "foreword": foreword[]${SIMPLE_BLOCKS},
  "credits": credits[]{ _key, role, "person": person->{ _id, name, jobTitle } },
  "chapters": chapters[]{
    _key,
    _type,
    title,
    _type == "storyChapter" => {
      "storyId": story._ref,
      "story": story->{
        _id,
        _updatedAt,
        title,
        "slug": slug.current,
        dek,
        publishedAt,
        updatedAt,
        cover${IMAGE},
        "credits": credits[]{ _key, role, "person": person->{ _id, name } },
        "body": body[]${BODY}
      }
    },
    _type == "sectionChapter" => { "body": body[]${BODY} }
  },
  "publisher": *[_type == "siteSettings" && _id == "site-settings"][0]{ _id, title }
}`);
