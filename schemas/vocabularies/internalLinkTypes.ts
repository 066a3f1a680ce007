/** Document types a body link may point to (each has a public page). */
export const INTERNAL_LINK_TYPES = [
  'story',
  'exemplar',
  'column',
  'theme',
  'publication',
  'contest',
  'event',
  'person',
  'organisation',
] as const;
