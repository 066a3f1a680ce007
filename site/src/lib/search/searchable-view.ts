// What Pagefind reads of a built page, as text to fingerprint (site-pages.ts hashes it, and
// archive-reuse.ts decides from those hashes whether an archive part can be reused). A story's
// page also shows other stories — "Bài trước / Bài sau", "Bài liên quan" — so editing one story's
// title changes the HTML of stories near it in date, some of them in the archive, although nothing
// Pagefind indexes changed: those regions carry `data-pagefind-ignore`. Hashing the whole file would
// rebuild the archive for most edits; hashing this view does not.
//
// The view errs on the side of "changed": it starts at the first `data-pagefind-body` element and
// runs to the end of the file (the layout's footer included), and it leaves out only ignored elements
// that hold nothing Pagefind still reads inside an ignored region — no `data-pagefind-*` attribute
// (filters, metadata, sort keys), and no image unless the page names its own (`data-pagefind-meta`
// "image", otherwise Pagefind may take the first image it finds). When the markup cannot be matched
// (an ignored element without its closing tag), the whole file is the view.
//
// Written by hand: the pages are our own build output (text escaped by Astro, no raw `<` in content),
// so a tag scanner is exact here, and a full HTML parser over 10,000 pages would cost more than the
// indexing it saves.

const BODY = /<[a-zA-Z][\w-]*\b[^>]*\sdata-pagefind-body\b/;
const IGNORED_OPEN = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
const PAGE_IMAGE_META = /\sdata-pagefind-meta="image[:"]/;

/** End (exclusive) of the element whose opening tag `<name …>` ends at `from`, or -1 without a match. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

export function searchableView(html: string): string {
  const start = BODY.exec(html)?.index;
  if (start === undefined) return html;
  const keepImages = !PAGE_IMAGE_META.test(html);
  let view = '';
  let copied = start;
  IGNORED_OPEN.lastIndex = start;
  for (let open = IGNORED_OPEN.exec(html); open; open = IGNORED_OPEN.exec(html)) {
    const openEnd = open.index + open[0].length;
    const end = elementEnd(html, open[1]!, openEnd);
    if (end === -1) return html;
    const inner = html.slice(openEnd, end);
    const readByPagefind = inner.includes('data-pagefind-') || (keepImages && /<img\b/i.test(inner));
    // Kept: look inside it for smaller ignored elements that can go.
    if (readByPagefind) continue;
    view += html.slice(copied, open.index);
    copied = end;
    IGNORED_OPEN.lastIndex = end;
  }
  return view + html.slice(copied);
}
