// The listing logic behind the listing pages, as pure functions (no build): pagination, page URLs,
// the pager, contest status and timeline, winners, upcoming events, dates in Vietnam (each from its own lib module). The built pages
// are checked in listing-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { contestStatus, contestTimeline, finalists, isCurrentContest, otherEntries, winnersByPrize } from '../../site/src/lib/contests/status.ts';
import { yearMonthInVietnam } from '../../site/src/lib/dates/vietnam.ts';
import { upcomingEvents } from '../../site/src/lib/events/upcoming.ts';
import { pageParam, pagerNumbers, paginate, PAGE_SIZE } from '../../site/src/lib/routes/pagination.ts';
import { pageUrl } from '../../site/src/lib/routes/urls.ts';

describe('listing logic (pure)', () => {
  it('paginates into pages of PAGE_SIZE, one empty page for an empty list, every item once', () => {
    const items = Array.from({ length: 2 * PAGE_SIZE + 5 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages.map((p) => [p.number, p.total, p.start])).toEqual([[1, 3, 0], [2, 3, PAGE_SIZE], [3, 3, 2 * PAGE_SIZE]]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(paginate(Array.from({ length: PAGE_SIZE }), PAGE_SIZE)).toHaveLength(1);
    expect(paginate([], 12)).toEqual([{ number: 1, total: 1, items: [], start: 0 }]);
    expect(() => paginate([1], 0)).toThrow();
  });

  it('builds page URLs and route params: page 1 is the listing itself, then /trang/<n>/', () => {
    expect(pageUrl('/chuyen-muc/a/', 1)).toBe('/chuyen-muc/a/');
    expect(pageUrl('/chuyen-muc/a/', 3)).toBe('/chuyen-muc/a/trang/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('trang/2');
  });

  it('shows first, last and neighbouring page numbers with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(6, 20)).toEqual([1, null, 5, 6, 7, null, 20]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, null, 20]);
    expect(pagerNumbers(3, 6)).toEqual([1, 2, 3, 4, 5, 6]); // a gap of one page is shown as that page
  });

  it('computes a contest status and timeline from its dates', () => {
    const c = { opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-09-01T00:00:00Z', resultsAt: '2025-11-15T00:00:00Z' };
    const at = (iso: string) => new Date(iso);
    expect(contestStatus(c, at('2025-02-01T00:00:00Z'))).toBe('sap-mo');
    expect(contestStatus(c, at('2025-03-01T00:00:00Z'))).toBe('dang-nhan-bai');
    expect(contestStatus(c, at('2025-10-01T00:00:00Z'))).toBe('dang-cham');
    expect(contestStatus(c, at('2025-11-15T00:00:00Z'))).toBe('da-cong-bo');
    expect(contestStatus({ ...c, resultsAt: null }, at('2025-10-01T00:00:00Z'))).toBe('da-ket-thuc');
    expect(contestTimeline(c, at('2025-10-01T00:00:00Z')).map((s) => s.state)).toEqual(['past', 'current', 'future']);
    expect(contestTimeline(c, at('2025-01-01T00:00:00Z')).map((s) => s.state)).toEqual(['future', 'future', 'future']);
    expect(isCurrentContest(c, at('2025-12-01T00:00:00Z'))).toBe(true); // results 16 days ago
    expect(isCurrentContest(c, at('2026-06-01T00:00:00Z'))).toBe(false);
    expect(isCurrentContest(c, at('2025-02-01T00:00:00Z'))).toBe(true); // announced, opening soon
  });

  it('counts results as out once the desk published an award, before the planned date', () => {
    const c = { opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-09-01T00:00:00Z', resultsAt: '2025-11-15T00:00:00Z' };
    const at = (iso: string) => new Date(iso);
    const awarded = { ...c, entries: [{ status: 'chung-khao' }, { status: 'dat-giai' }] };
    const finalistsOnly = { ...c, entries: [{ status: 'chung-khao' }, { status: 'hop-le' }] };
    expect(contestStatus(awarded, at('2025-10-01T00:00:00Z'))).toBe('da-cong-bo');
    expect(contestStatus(finalistsOnly, at('2025-10-01T00:00:00Z'))).toBe('dang-cham');
    // Still taking entries (a monthly prize): the award is announced all the same; not before opening.
    expect(contestStatus(awarded, at('2025-05-01T00:00:00Z'))).toBe('da-cong-bo');
    expect(contestStatus(finalistsOnly, at('2025-05-01T00:00:00Z'))).toBe('dang-nhan-bai');
    expect(contestStatus(awarded, at('2025-02-01T00:00:00Z'))).toBe('sap-mo');
    expect(contestStatus({ ...awarded, resultsAt: null }, at('2025-10-01T00:00:00Z'))).toBe('da-cong-bo');
    expect(isCurrentContest(awarded, at('2025-10-01T00:00:00Z'))).toBe(true);
  });

  it('groups winners by prize in the contest’s prize order; finalists and the rest apart, each entry once', () => {
    const prizes = [{ _key: 'p1', title: 'Giải Nhất' }, { _key: 'p2', title: 'Giải Nhì' }, { _key: 'p3', title: 'Giải Ba' }];
    const entries = [
      { title: 'Ba B', status: 'dat-giai', placing: 'p3' },
      { title: 'Chưa', status: 'hop-le', placing: null },
      { title: 'Nhất', status: 'dat-giai', placing: 'p1' },
      { title: 'Ba A', status: 'dat-giai', placing: 'p3' },
      { title: 'Lạc giải', status: 'dat-giai', placing: 'khong-co' },
      { title: 'Chung khảo', status: 'chung-khao', placing: null },
      // A placing on an entry that did not win does not make it a winner.
      { title: 'Giải cũ', status: 'hop-le', placing: 'p2' },
    ];
    const groups = winnersByPrize(prizes, entries);
    expect(groups.map((g) => [g.placing, g.title, g.entries.map((e) => e.title)])).toEqual([
      ['p1', 'Giải Nhất', ['Nhất']],
      ['p3', 'Giải Ba', ['Ba A', 'Ba B']],
    ]);
    expect(finalists(entries).map((e) => e.title)).toEqual(['Chung khảo']);
    expect(otherEntries(prizes, entries).map((e) => e.title)).toEqual(['Chưa', 'Giải cũ', 'Lạc giải']);
  });

  it('keeps events that are not over, soonest first', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const events = [
      { id: 'past', startsAt: '2025-05-01T00:00:00Z', endsAt: '2025-05-01T02:00:00Z' },
      { id: 'later', startsAt: '2025-07-01T00:00:00Z' },
      { id: 'running', startsAt: '2025-05-31T23:00:00Z', endsAt: '2025-06-01T01:00:00Z' },
      { id: 'soon', startsAt: '2025-06-02T00:00:00Z' },
    ];
    expect(upcomingEvents(events, now).map((e) => e.id)).toEqual(['running', 'soon', 'later']);
  });

  it('dates stories by the year in Vietnam, not UTC', () => {
    expect(yearMonthInVietnam('2024-12-31T18:30:00Z')).toEqual({ year: 2025, month: 1 });
    expect(yearMonthInVietnam('2024-12-31T16:59:00Z')).toEqual({ year: 2024, month: 12 });
    expect(yearMonthInVietnam('không phải ngày')).toBeUndefined();
  });
});
