/**
 * Answers GROQ from a Sanity project through `@sanity/client`.
 *
 * Server-only: the read token must never reach a browser bundle or `dist/`, so this module refuses to
 * run where `window` exists, and the token comes from the validated config (the environment) only.
 */
import { createClient, type SanityClient } from '@sanity/client';
import type { SanityContentConfig } from './config.ts';
import { ContentSourceError } from './errors.ts';
import type { ContentSource, GroqParams, QueryResult } from './source.ts';

export interface SanitySourceOptions {
  /**
   * Talk to this origin instead of `https://<projectId>.api.sanity.io` (e.g. a loopback stand-in in
   * tests). Overrides the config's `apiHost` (`SANITY_API_HOST`, validated by readContentConfig:
   * https, or http on loopback only, so the token never travels in clear text).
   */
  apiHost?: string;
  /**
   * `published` (default, every build) or `drafts` (the draft preview, server-side only: it needs
   * the read token and never goes through the CDN).
   */
  perspective?: 'published' | 'drafts';
}

export function createSanitySource(config: SanityContentConfig, options: SanitySourceOptions = {}): ContentSource {
  if (typeof window !== 'undefined') {
    throw new Error('sanity-source chỉ được dùng phía máy chủ (lúc build), không bao giờ trong trình duyệt.');
  }
  const apiHost = options.apiHost ?? config.apiHost;
  const perspective = options.perspective ?? 'published';
  if (perspective === 'drafts' && config.token === undefined) {
    throw new ContentSourceError('Xem trước bản nháp cần SANITY_READ_TOKEN: không có mã đọc thì Sanity không trả về bản nháp.');
  }
  const client: SanityClient = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    // Drafts must never reach the public site; asked for explicitly, not left to the API default.
    perspective,
    // The CDN never sees authenticated requests; with a token, go to the live API. Another host has
    // no separate CDN host: everything goes to it.
    useCdn: config.token === undefined && apiHost === undefined,
    ...(config.token === undefined ? {} : { token: config.token }),
    ...(apiHost === undefined ? {} : { apiHost, useProjectHostname: false }),
  });

  return {
    kind: 'sanity',
    async fetch<const Q extends string>(query: Q, params: GroqParams = {}): Promise<QueryResult<Q>> {
      try {
        return await client.fetch<QueryResult<Q>>(query, params, { perspective });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ContentSourceError(
          `Không lấy được nội dung từ Sanity (dự án ${config.projectId}, dataset ${config.dataset}): ${reason}`,
        );
      }
    },
  };
}
