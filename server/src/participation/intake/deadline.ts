/**
 * Whether a contest takes entries at a moment, on the server's clock (Asia/Ho_Chi_Minh in messages).
 */
import type { ParticipationContest } from '../contests.ts';

export function vietnamDateTime(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** Null when the contest takes entries at `at`; otherwise the one-sentence reason. */
export function contestClosedReason(contest: ParticipationContest, at: Date): string | null {
  if (!contest.acceptsOnlineEntries) return `Cuộc thi "${contest.title}" không nhận bài dự thi trực tuyến.`;
  if (contest.opensAt && at.getTime() < Date.parse(contest.opensAt)) {
    return `Cuộc thi "${contest.title}" bắt đầu nhận bài từ ${vietnamDateTime(contest.opensAt)} (giờ Việt Nam).`;
  }
  if (contest.closesAt && at.getTime() > Date.parse(contest.closesAt)) {
    return `Cuộc thi "${contest.title}" đã hết hạn nhận bài lúc ${vietnamDateTime(contest.closesAt)} (giờ Việt Nam).`;
  }
  if (!contest.opensAt || !contest.closesAt) return `Cuộc thi "${contest.title}" chưa công bố thời hạn nhận bài.`;
  return null;
}
