/// <reference types="astro/client" />

declare module 'virtual:guong-sang/images' {
  const images: ReadonlyMap<string, import('astro').ImageMetadata>;
  export default images;
  /** Image key → average colour `#rrggbb` (placeholder while the picture loads). */
  export const colours: ReadonlyMap<string, string>;
}

/** `./x.ts?minified=<target>`: the script bundled and minified for inlining (src/integrations/minified-scripts.ts). */
declare module '*?minified=es5' {
  const code: string;
  export default code;
}
declare module '*?minified=es2015' {
  const code: string;
  export default code;
}
