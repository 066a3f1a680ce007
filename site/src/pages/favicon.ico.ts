// /favicon.ico: asked for by browsers and tools whatever the page links; 32 px, from src/assets/icon.svg.
import type { APIRoute } from 'astro';
import iconSvg from '../assets/icon.svg?raw';
import { faviconIco } from '../lib/icons/icons.ts';

export const GET: APIRoute = async () => new Response(new Uint8Array(await faviconIco(iconSvg)), { headers: { 'Content-Type': 'image/x-icon' } });
