// @ts-check
// Plain JavaScript on purpose: Astro imports a .mjs config with Node itself (a .ts config goes through
// a throw-away Vite module runner), so the integrations and src/lib/build/state.ts load once, natively,
// and the pages' bundle imports that same module instance (see src/integrations/build-state.ts).
import react from '@astrojs/react';
import { defineConfig, sharpImageService } from 'astro/config';
import { AVIF_ENCODER } from './src/lib/images/presets.ts';
import { buildStateIntegration } from './src/integrations/build-state.ts';
import { contentIntegration } from './src/integrations/content.ts';
import { buildFailure } from './src/integrations/failure.ts';
import { bookletsIntegration } from './src/integrations/booklets.ts';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { buildStatsIntegration } from './src/integrations/build-stats.ts';
import { minifiedScriptsIntegration } from './src/integrations/minified-scripts.ts';
import { ogIntegration } from './src/integrations/og.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { restoredAssetsIntegration } from './src/integrations/restored-assets.ts';
import { staticOnlyIntegration } from './src/integrations/static-only.ts';
import { cspConfig } from './src/lib/security/csp.ts';

/**
 * The public origin, from one variable: SITE_URL (canonical URLs, sitemap, feeds).
 * @returns {string}
 */
function siteUrl() {
  const value = process.env.SITE_URL?.trim() || 'https://guongsang.example.vn';
  let url;
  try {
    url = new URL(value);
  } catch {
    throw buildFailure(`SITE_URL không hợp lệ (${JSON.stringify(value)}): cần một địa chỉ đầy đủ, ví dụ https://guongsang.example.vn.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw buildFailure(`SITE_URL phải bắt đầu bằng https:// hoặc http:// (nhận được ${JSON.stringify(value)}).`);
  }
  return url.origin + url.pathname.replace(/\/?$/, '');
}

export default defineConfig({
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  // One small stylesheet, inlined: no render-blocking CSS request on slow mobile networks.
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  // Content-Security-Policy by hash in a <meta> of every page, no 'unsafe-inline' (src/lib/security/csp.ts).
  security: { csp: cspConfig() },
  // `pnpm bench` keeps its own image cache (ASTRO_CACHE_DIR) so bench runs and sample builds never evict each other.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // AVIF at a low sharp effort: the default is ~30× slower on 2 cores (see src/lib/images/presets.ts).
  image: { service: sharpImageService({ avif: AVIF_ENCODER }) },
  integrations: [buildStateIntegration(), react(), minifiedScriptsIntegration(), contentIntegration(), bookletsIntegration(), ogIntegration(), staticOnlyIntegration(), restoredAssetsIntegration(), sitemapIntegration(), pagefindIntegration(), buildReportIntegration(), buildStatsIntegration()],
  // Client scripts (src/scripts/) take their shared names from scripts/ids.ts: inline those string
  // constants into each script, so the pages load no shared chunk for them and small scripts stay inlined.
  // The lightbox (photo essays, infographics; src/scripts/lightbox.ts) is ~2.4 kB: a cached file
  // rather than inline, so a story page's inline JS stays within its 1 KB budget (DEVELOPERS.md).
  // `undefined` keeps Astro's and Vite's default limit for everything else.
  vite: { build: { rolldownOptions: { optimization: { inlineConst: true } }, assetsInlineLimit: (file) => (/LightboxScript/.test(file) ? false : undefined) } },
  devToolbar: { enabled: false },
  // Every page's getStaticPaths entry carries a cacheKey of exactly what it renders
  // (src/lib/routes/pages/path.ts): a rebuild re-renders only pages whose key changed and copies the
  // rest from the cache (cacheDir/dist/), which is what lets the site server publish an edit fast.
  experimental: { incrementalBuild: true },
});
