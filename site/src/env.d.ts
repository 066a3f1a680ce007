/// <reference types="astro/client" />

declare module 'virtual:guong-sang/images' {
  const images: ReadonlyMap<string, import('astro').ImageMetadata>;
  export default images;
}
