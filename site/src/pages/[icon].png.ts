// The PNG icons (apple-touch-icon 180 px, the manifest's 192 and 512 px, the podcast artwork 1400 px), drawn from src/assets/icon.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import iconSvg from '../assets/icon.svg?raw';
import { iconPng } from '../lib/icons/icons.ts';
import { APPLE_TOUCH_ICON, MANIFEST_ICONS, PODCAST_ARTWORK } from '../lib/icons/paths.ts';

export const getStaticPaths = (() =>
  [APPLE_TOUCH_ICON, ...MANIFEST_ICONS, PODCAST_ARTWORK].map((icon) => ({ params: { icon: icon.href.slice(1, -'.png'.length) }, props: { size: icon.size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await iconPng(iconSvg, (props as { size: number }).size)), { headers: { 'Content-Type': 'image/png' } });
