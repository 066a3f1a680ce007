/** Singletons: one document each. */
export const SINGLETON_TYPES = ['siteSettings'] as const;

/**
 * The site settings document's fixed id. Lower-case on purpose: ids in an import file must match
 * `^[a-z0-9_.-]+$`, so the same id works in the bundled dataset and in a real project.
 */
export const SITE_SETTINGS_ID = 'site-settings';

/** Ids of the singleton documents, in the order of `SINGLETON_TYPES`. */
export const SINGLETON_IDS = [SITE_SETTINGS_ID] as const;
