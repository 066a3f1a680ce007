// Layout shifts as Lighthouse counts them (CLS): every `layout-shift` entry not caused by input,
// observed from the first paint. `watchLayoutShifts` must run before `page.goto`; `layoutShifts`
// then returns what happened since, as a list (for messages) and their sum.
import type { Page } from 'playwright-core';

export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShifts(page: Page): Promise<{ shifts: number[]; total: number }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts?: number[] }).__shifts ?? []);
  return { shifts, total: shifts.reduce((sum, value) => sum + value, 0) };
}
