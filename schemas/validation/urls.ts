import type { UrlRule } from '@sanity/types';
import { audioEmbedProviders, videoEmbedProviders } from '../vocabularies/embedProviders.ts';
import type { Vocabulary } from '../vocabularies/types.ts';
import { fresh } from './rules.ts';

/** Schemes an editor may use in a body link. Anything else (`javascript:`, `data:`, `file:`) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
/** Schemes for every other URL field (sources, websites, embeds, decisions). */
export const WEB_SCHEMES = ['http', 'https'] as const;

/**
 * Pure check, shared by the schema and by renderers that must not trust stored data
 * (the site escapes everything, but a stored `javascript:` href would still run on click).
 */
export function isAllowedUrl(value: unknown, schemes: readonly string[] = WEB_SCHEMES): boolean {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const scheme = url.protocol.replace(/:$/, '');
  if (!schemes.includes(scheme)) return false;
  // `http:foo` parses, but a web URL without a host is always a typo.
  if ((scheme === 'http' || scheme === 'https') && url.hostname === '') return false;
  return true;
}

function describeSchemes(schemes: readonly string[]): string {
  return schemes.join(', ');
}

/**
 * Validation for a `url` field. One `uri()` rule replaces Sanity's default http/https-only rule
 * (otherwise `mailto:` would be refused) and carries one Vietnamese message for every way a URL
 * can be wrong (unparseable, relative, credentials, scheme).
 */
export function urlRules(rule: UrlRule, options: { schemes?: readonly string[]; required?: string } = {}): UrlRule[] {
  const schemes = options.schemes ?? WEB_SCHEMES;
  const rules = [
    rule
      .uri({ scheme: [...schemes], allowRelative: false, allowCredentials: false })
      .error(`Đường dẫn không hợp lệ. Chỉ chấp nhận địa chỉ đầy đủ bắt đầu bằng ${describeSchemes(schemes)} (ví dụ https://…).`),
  ];
  if (options.required) rules.push(fresh(rule).required().error(options.required));
  return rules;
}

/** Host of a web URL, lower-case, or undefined when the value is not an http(s) URL. */
export function webHost(value: unknown): string | undefined {
  if (!isAllowedUrl(value, WEB_SCHEMES)) return undefined;
  return new URL(value as string).hostname.toLowerCase();
}

/** True when `host` is one of the allow-listed domains or a subdomain of one (www., m., player.). */
export function isAllowedHost(host: string, providers: Vocabulary): boolean {
  return providers.some(({ value }) => host === value || host.endsWith(`.${value}`));
}

function providerRule(rule: UrlRule, providers: Vocabulary, what: string): UrlRule {
  return fresh(rule).custom((value: unknown) => {
    // Missing or malformed URLs are reported by `urlRules`; only judge the host of a valid URL.
    const host = webHost(value);
    if (host === undefined || isAllowedHost(host, providers)) return true;
    return {
      message: `Không nhúng được ${what} từ "${host}". Chỉ chấp nhận: ${providers.map((p) => p.value).join(', ')}.`,
      code: 'custom.embed-provider',
    };
  });
}

export function videoProviderRule(rule: UrlRule): UrlRule {
  return providerRule(rule, videoEmbedProviders, 'video');
}

export function audioProviderRule(rule: UrlRule): UrlRule {
  return providerRule(rule, audioEmbedProviders, 'âm thanh');
}
