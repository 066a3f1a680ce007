// A social link's visible name: the platform's proper name from the vocabulary ("YouTube", "TikTok"),
// not its stored value ("youtube"). "Khác" (other) or an unknown value names the site by its host.
import { socialPlatforms, titleOf } from '@guong-sang/schemas';

export function socialName(platform: string | null | undefined, href: string): string {
  const title = platform && platform !== 'khac' ? titleOf(socialPlatforms, platform) : undefined;
  if (title) return title;
  try {
    return new URL(href).hostname.replace(/^www\./, '') || 'Mạng xã hội';
  } catch {
    return 'Mạng xã hội';
  }
}
