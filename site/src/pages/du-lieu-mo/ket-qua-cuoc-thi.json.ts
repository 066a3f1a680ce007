// /du-lieu-mo/ket-qua-cuoc-thi.json — built once at build time from the public route data (see lib/routes/open-data.ts).
import type { APIRoute } from 'astro';
import { loadRouteData } from '../../lib/routes/data.ts';
import { CONTEST_RESULTS_DATASET, openDataRecords, toJson } from '../../lib/routes/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const files = openDataRecords(await loadRouteData(), site!);
  return new Response(toJson(CONTEST_RESULTS_DATASET, files.contestResults, files.generatedAt, site!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
