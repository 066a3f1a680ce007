// The cascade layer order, declared once: Base.astro writes this statement as the first style of
// every page's <head>, so it precedes all stylesheets (inlined later in <head>) and fixes the order
// whatever order they come in. The stylesheets in this folder only fill layers (`@layer base { … }`).
export const CSS_LAYERS = ['reset', 'tokens', 'base', 'layout', 'components', 'utilities', 'print'] as const;

/** `@layer reset,tokens,…,print;` */
export const CSS_LAYER_ORDER = `@layer ${CSS_LAYERS.join(',')};`;
