/// <reference types="astro/client" />

declare module 'virtual:guong-sang/images' {
  const images: ReadonlyMap<string, import('astro').ImageMetadata>;
  export default images;
  /** Image key → average colour `#rrggbb` (placeholder while the picture loads). */
  export const colours: ReadonlyMap<string, string>;
}
