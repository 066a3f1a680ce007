// Headings stand clear of the text above them (issue 10: on contest and profile pages they sat on it):
// in Chromium, every h2 in <main> on every contest page and on the profiles with the most sections has
// a computed margin-top of at least 16 px, and at least 16 px of space between its top and the bottom
// of the nearest text or box above it. One browser, one context per width, phone and desktop.
import { describe, expect, it } from 'vitest';
import { listPages, siteDist, useSite } from './helpers/index.ts';

const MIN_GAP_PX = 16;
const dist = await siteDist();
const pages = listPages(dist);
const contests = pages.filter((p) => /^\/cuoc-thi\/[^/]+\/$/.test(p.path));
// The largest profiles carry the most sections (honours, movements, journey, events, stories).
const profiles = pages
  .filter((p) => /^\/guong-dien-hinh\/[^/]+\/$/.test(p.path))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, 3);
const site = useSite();

interface HeadingGap {
  text: string;
  marginTop: number;
  gap: number | null;
}

describe('space above headings', () => {
  it('finds the pages', () => {
    expect(contests.length).toBeGreaterThan(0);
    expect(profiles.length).toBe(3);
  });

  for (const width of [375, 1280]) {
    it(`every h2 on contest and profile pages keeps ≥ ${MIN_GAP_PX} px from what is above it, at ${width} px`, async () => {
      const { context } = await site.context({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      let checked = 0;
      for (const { path: url } of [...contests, ...profiles]) {
        await page.goto(site.url(url));
        const gaps = await page.evaluate((): HeadingGap[] => {
          const main = document.querySelector('main')!;
          const headings = [...main.querySelectorAll('h2')].filter((h) => h.getClientRects().length > 0 && !h.closest('.visually-hidden'));
          // Leaves above a heading: elements with their own text or boxes (img, table cells…), visible.
          const leaves = [...main.querySelectorAll('*')].filter((el) => {
            if (el.getClientRects().length === 0) return false;
            const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
            return ownText || ['IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'SVG', 'HR'].includes(el.tagName);
          });
          return headings.map((h) => {
            const top = h.getBoundingClientRect().top;
            const above = leaves.filter((el) => !h.contains(el) && !el.contains(h) && h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
            const bottom = above.length === 0 ? null : Math.max(...above.map((el) => el.getBoundingClientRect().bottom));
            return { text: h.textContent!.trim(), marginTop: parseFloat(getComputedStyle(h).marginTop), gap: bottom === null ? null : top - bottom };
          });
        });
        for (const g of gaps) {
          checked += 1;
          if (g.marginTop < MIN_GAP_PX) problems.push(`${url} «${g.text}»: margin-top ${g.marginTop}px`);
          if (g.gap !== null && g.gap < MIN_GAP_PX) problems.push(`${url} «${g.text}»: ${g.gap.toFixed(1)}px below the text above`);
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(10);
    });
  }
});
