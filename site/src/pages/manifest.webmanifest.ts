// The web app manifest: the site's name, Vietnamese, standalone, colours from tokens.css, icons 192/512.
import type { APIRoute } from 'astro';
import tokensCss from '../styles/tokens.css?raw';
import { webManifest } from '../lib/icons/icons.ts';
import { loadRouteData } from '../lib/routes/data.ts';

export const GET: APIRoute = async () => {
  const data = await loadRouteData();
  const manifest = webManifest({ name: data.siteName, description: data.settings.description, tokensCss });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
