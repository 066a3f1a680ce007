/**
 * Consent rules of Law 91/2025/QH15 on Personal Data Protection (in force 1 January 2026), as the
 * participation features apply them:
 * - consent is an explicit, recorded act (wording, version, time, giver); silence is never consent;
 * - a child is under 16: the legal representative consents for them; publishing a child's details
 *   from age 7 needs the consent of both the child and the representative;
 * - a withdrawn consent no longer counts (and a withdrawn processing consent means erasure).
 *
 * Only a birth year is collected (data minimisation), so ages are taken at their youngest possible
 * value: someone born in 2010 is treated as 15 throughout 2026, never as 16 too early.
 */
import type { ConsentRecord } from './types.ts';
import type { ConsentGiver, ConsentPurpose } from './vocabulary.ts';

export const CHILD_AGE = 16;
export const CHILD_CONSENT_AGE = 7;

function vietnamYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(at));
}

/** Youngest age the person can be at `at` (their birthday may still be ahead this year). */
export function youngestAge(birthYear: number, at: Date): number {
  return vietnamYear(at) - birthYear - 1;
}

/** Whether the person may be under 16 at `at`; unknown birth year = an adult declared themselves. */
export function isChild(birthYear: number | undefined, at: Date): boolean {
  return birthYear !== undefined && youngestAge(birthYear, at) < CHILD_AGE;
}

/** Whether the child may be 7 or older at `at` (their own consent is then needed to publish). */
export function childMustAlsoConsent(birthYear: number | undefined, at: Date): boolean {
  return birthYear !== undefined && isChild(birthYear, at) && vietnamYear(at) - birthYear >= CHILD_CONSENT_AGE;
}

/** Who must have consented, for this purpose, for a person with this birth year. */
export function requiredGivers(purpose: ConsentPurpose, birthYear: number | undefined, at: Date): ConsentGiver[] {
  if (!isChild(birthYear, at)) return ['ban-than'];
  if (purpose === 'cong-bo' && childMustAlsoConsent(birthYear, at)) return ['nguoi-dai-dien', 'tre-em'];
  return ['nguoi-dai-dien'];
}

export function activeConsent(consents: readonly ConsentRecord[] | undefined, purpose: ConsentPurpose, giver: ConsentGiver): ConsentRecord | undefined {
  return (consents ?? []).find((c) => c.purpose === purpose && c.givenBy === giver && !c.withdrawnAt && c.wording.trim() !== '' && !Number.isNaN(Date.parse(c.givenAt)));
}

/** True when every required giver has an active consent for the purpose. */
export function hasConsent(consents: readonly ConsentRecord[] | undefined, purpose: ConsentPurpose, birthYear: number | undefined, at: Date): boolean {
  return requiredGivers(purpose, birthYear, at).every((giver) => activeConsent(consents, purpose, giver) !== undefined);
}
