// /du-lieu-mo/guong-dien-hinh.csv — built once at build time from the public route data (see lib/routes/open-data.ts).
import type { APIRoute } from 'astro';
import { loadRouteData } from '../../lib/routes/data.ts';
import { EXEMPLAR_DATASET, openDataRecords, toCsv } from '../../lib/routes/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const files = openDataRecords(await loadRouteData(), site!);
  return new Response(toCsv(EXEMPLAR_DATASET, files.exemplars), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
