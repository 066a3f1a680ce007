// The shell of every page: header (site name, navigation from siteSettings), main, footer, skip link.

import type { SiteSettings } from '../lib/routes/types.ts';
import { safeHref, urlFor } from '../lib/routes/urls.ts';

interface Props {
  settings: SiteSettings;
  title?: string | null;
  description?: string | null;
}

const { settings, title, description } = Astro.props;
const siteName = settings.title || 'Gương sáng';
const pageTitle = title ? `${title} — ${siteName}` : siteName;
const canonical = new URL(Astro.url.pathname, Astro.site);
const nav = (settings.navigation ?? [])
  .map((item) => ({
    key: item._key,
    label: item.label || item.target?.title || '',
    href: item.target ? urlFor(item.target._type, item.target.slug) : safeHref(item.url),
  }))
  .filter((item) => item.label && item.href);
const social = (settings.socialLinks ?? []).map((s) => ({ ...s, href: safeHref(s.url) })).filter((s) => s.href);
const email = settings.contact?.email;
const phone = settings.contact?.phone;
const year = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());

declare const Astro: { props: Props; url: URL; site: URL };
export {};
