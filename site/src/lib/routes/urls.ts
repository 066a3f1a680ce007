// Our public URL for each document type. Types without pages yet return null (the link text is
// still shown, just not linked).
const PREFIX: Record<string, string> = {
  story: '/bai-viet/',
  column: '/chuyen-muc/',
  exemplar: '/guong-dien-hinh/',
};

export function urlFor(type: string | null | undefined, slug: string | null | undefined): string | null {
  if (!type || !slug) return null;
  const prefix = PREFIX[type];
  return prefix ? `${prefix}${encodeURIComponent(slug)}/` : null;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** An author-supplied URL if it uses an allowed scheme, else null (never `javascript:` etc.). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  try {
    const url = new URL(trimmed);
    return SAFE_SCHEMES.has(url.protocol) ? trimmed : null;
  } catch {
    return null;
  }
}
