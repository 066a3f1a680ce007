// The build's clock: one instant for the whole build, so every page computes contest statuses and
// "upcoming" labels against the same moment.
import { buildState } from './state.ts';

export function buildTime(): Date {
  return (buildState.clock ??= new Date());
}
