// Where a story's Open Graph image is published (pure; pages import this, never the generator).
export const OG_DIR = 'og';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export const ogImagePath = (slug: string): string => `/${OG_DIR}/${encodeURIComponent(slug)}.jpg`;
