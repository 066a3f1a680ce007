// The share links of a story page: plain links to each network's share page. Pure.

export interface ShareLink {
  name: string;
  href: string;
}

/**
 * `encodeURIComponent` throws on a lone surrogate, so a broken title would take the page down;
 * `toWellFormed` (Node 20+, not yet in our TypeScript lib) replaces it with U+FFFD first.
 */
function encode(text: string): string {
  return encodeURIComponent((text as string & { toWellFormed(): string }).toWellFormed());
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encode(url);
  const t = encode(title);
  return [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    // Zalo's share page (the link form its share button opens); no Zalo SDK is loaded.
    { name: 'Zalo', href: `https://sp.zalo.me/share?url=${u}` },
    { name: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
    { name: 'E-mail', href: `mailto:?subject=${t}&body=${u}` },
  ];
}
