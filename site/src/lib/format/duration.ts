// Media durations, stored as whole seconds (videoEmbed.duration, audioEmbed.duration), in the three
// forms the site writes: the reader's "12 phút 30 giây", the ISO 8601 duration of <time datetime>
// and JSON-LD ("PT12M30S"), and the "H:MM:SS" of a podcast feed's <itunes:duration>.

/** Whole seconds from a stored value, or undefined for anything that is not a positive number. */
export function validSeconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.round(value) : undefined;
}

function parts(seconds: number): [number, number, number] {
  return [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
}

/** "1 giờ 2 phút 5 giây", "12 phút 30 giây", "45 giây": zero parts are left out. */
export function formatDuration(seconds: number): string {
  const [h, m, s] = parts(seconds);
  return [h && `${h} giờ`, m && `${m} phút`, s && `${s} giây`].filter(Boolean).join(' ');
}

/** "PT1H2M5S", "PT12M30S". */
export function isoDuration(seconds: number): string {
  const [h, m, s] = parts(seconds);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

/** "1:02:05", "12:30" — the form Apple Podcasts documents for <itunes:duration>. */
export function clockDuration(seconds: number): string {
  const [h, m, s] = parts(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
