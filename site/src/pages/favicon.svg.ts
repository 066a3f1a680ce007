// The SVG favicon: the icon source itself (src/lib/icons/icons.ts draws the bitmaps from it).
import type { APIRoute } from 'astro';
import iconSvg from '../assets/icon.svg?raw';

export const GET: APIRoute = () => new Response(iconSvg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
