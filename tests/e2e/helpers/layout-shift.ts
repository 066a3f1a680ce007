// Layout shifts as Lighthouse counts them (CLS): every `layout-shift` entry not caused by input,
// observed from the first paint. `watchLayoutShifts` must run before `page.goto`; `layoutShifts`
// then returns what happened since, as a list (for messages) and their sum, with the moved boxes.
import type { Page } from 'playwright-core';

/** x, y, width, height in CSS pixels of the viewport. */
export type Rect = [number, number, number, number];

export interface ShiftSource {
  /** `tag.class…` of the moved element; null inside a user-agent shadow tree (e.g. media controls). */
  node: string | null;
  previous: Rect;
  current: Rect;
}

export interface LayoutShift {
  value: number;
  sources: ShiftSource[];
}

export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const w = window as unknown as { __shifts: unknown[] };
    w.__shifts = [];
    const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height];
    const describe = (node: Node | null) =>
      node instanceof Element ? node.localName + [...node.classList].map((c) => `.${c}`).join('') : node ? '#text' : null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => ({ node: describe(s.node), previous: rect(s.previousRect), current: rect(s.currentRect) })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShifts(page: Page): Promise<{ shifts: number[]; total: number; entries: LayoutShift[] }> {
  const entries = await page.evaluate(() => (window as unknown as { __shifts?: LayoutShift[] }).__shifts ?? []);
  const shifts = entries.map((e) => e.value);
  return { shifts, total: shifts.reduce((sum, value) => sum + value, 0), entries };
}

/**
 * The score the shifts would have had if they had all happened in one frame, as a slower machine
 * makes them do: a frame's score is the impact fraction (the union of every moved box, before and
 * after, in the viewport) times the distance fraction (the largest move over the viewport's larger
 * side). So a small move of the whole page (a scrollbar appearing) and a long move of a small box
 * (media controls settling) are harmless apart and 0.07 together; CI's Lighthouse saw exactly that.
 */
export function oneFrameScore(entries: LayoutShift[], viewport: { width: number; height: number }): number {
  const { width, height } = viewport;
  const covered = new Uint8Array(width * height);
  let area = 0;
  let distance = 0;
  const cover = ([x, y, w, h]: Rect) => {
    const x0 = Math.max(0, Math.floor(x));
    const y0 = Math.max(0, Math.floor(y));
    const x1 = Math.min(width, Math.ceil(x + w));
    const y1 = Math.min(height, Math.ceil(y + h));
    for (let row = y0; row < y1; row++) {
      for (let col = x0; col < x1; col++) {
        const i = row * width + col;
        if (covered[i]) continue;
        covered[i] = 1;
        area++;
      }
    }
  };
  for (const { sources } of entries) {
    for (const { previous, current } of sources) {
      cover(previous);
      cover(current);
      distance = Math.max(distance, Math.abs(current[0] - previous[0]), Math.abs(current[1] - previous[1]));
    }
  }
  return (area / (width * height)) * (distance / Math.max(width, height));
}

/** One line per shift for assertion messages: its value and each moved box. */
export function formatShifts(entries: LayoutShift[]): string {
  const r = (rect: Rect) => `[${rect.map((n) => Math.round(n * 10) / 10).join(', ')}]`;
  return entries
    .map((e) => `${e.value.toFixed(4)}: ${e.sources.map((s) => `${s.node ?? '(shadow DOM)'} ${r(s.previous)} → ${r(s.current)}`).join('; ')}`)
    .join('\n');
}
