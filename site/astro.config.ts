import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentIntegration } from './src/integrations/content.ts';
import { buildFailure } from './src/integrations/failure.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { staticOnlyIntegration } from './src/integrations/static-only.ts';

/** The public origin, from one variable: SITE_URL (canonical URLs, sitemap, feeds). */
function siteUrl(): string {
  const value = process.env.SITE_URL?.trim() || 'https://guongsang.example.vn';
  let url: URL;
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
  build: { format: 'directory' },
  compressHTML: true,
  integrations: [react(), contentIntegration(), staticOnlyIntegration(), pagefindIntegration()],
  devToolbar: { enabled: false },
});
