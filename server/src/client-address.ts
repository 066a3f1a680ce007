/**
 * The sender's address for the intake's per-address limits. Behind nginx every connection comes from
 * loopback, so a loopback peer's `X-Real-IP` (set by deploy/nginx/guong-sang.conf) names the sender;
 * from any other peer the header is ignored (anyone could send it).
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-real-ip'];
  if (LOOPBACK.test(peer) && typeof forwarded === 'string' && isIP(forwarded.trim()) !== 0) return forwarded.trim();
  return peer;
}
