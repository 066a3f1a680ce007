// Real nginx (Debian's /usr/sbin/nginx, installed by scripts/install-system-deps.sh) running the
// production site config deploy/nginx/guong-sang.conf on loopback, as the current user: a generated
// top-level nginx.conf in a temporary folder (pid, logs, temp paths there, `daemon off`, the brotli
// modules), with the production file's `listen`, `root`, certificate lines and upstream rewritten.
// The tests run the production config this way, and so can a newcomer trying the loop on one machine
// without a domain or a certificate (`pnpm nginx:local`, see README "Triển khai"):
//
//   const nginx = await startNginx({ root: '/tmp/x/current', upstream: '127.0.0.1:5555' });
//   fetch(nginx.url('/')) … await nginx.stop();
//
//   node deploy/nginx/local.ts   # serves PUBLISH_ROOT/current on http://127.0.0.1:NGINX_PORT (8080)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
export const PRODUCTION_CONF = resolve(import.meta.dirname, '../../deploy/nginx/guong-sang.conf');
const MODULES_DIR = '/usr/lib/nginx/modules';
const BROTLI_MODULES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];

export interface NginxOptions {
  /** The folder served (the production `root`), e.g. PUBLISH_ROOT/current. */
  root: string;
  /** host:port of the site server stand-in (the production upstream is 127.0.0.1:4322). */
  upstream: string;
  /** The loopback port to listen on (default: a free one). */
  port?: number;
}

export interface RunningNginx {
  port: number;
  origin: string;
  url(path: string): string;
  /** The generated site config (for assertion messages). */
  siteConf: string;
  errorLog(): string;
  stop(): Promise<void>;
}

/** A free loopback TCP port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise<void>((ok) => server.close(() => ok()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * The production config with its deployment-specific lines replaced: the HTTPS server listens on
 * `httpsPort` without TLS (the certificate lines go), the port-80 server on `httpPort`, `root` is
 * `root`, and the upstream is `upstream`. Throws when a line it must replace is missing, so the test
 * cannot silently run a different config.
 */
export function rewriteProductionConf(conf: string, o: NginxOptions & { httpsPort: number; httpPort: number }): string {
  const replace = (text: string, pattern: RegExp, by: string, what: string): string => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx/guong-sang.conf: không thấy ${what}`);
    return text.replace(pattern, by);
  };
  let out = conf;
  out = replace(out, /^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${o.httpsPort};`, 'listen 443');
  out = replace(out, /^\s*listen \[::\]:443 ssl http2;\n/m, '', 'listen [::]:443');
  out = replace(out, /^\s*listen 80;$/m, `    listen 127.0.0.1:${o.httpPort};`, 'listen 80');
  out = replace(out, /^\s*listen \[::\]:80;\n/m, '', 'listen [::]:80');
  out = replace(out, /^\s*ssl_[a-z_]+ [^\n]*;\n/gm, '', 'ssl_*');
  out = replace(out, /^(\s*)root \/var\/lib\/guong-sang\/publish\/current;$/m, `$1root ${o.root};`, 'root');
  out = replace(out, /^(\s*)server 127\.0\.0\.1:4322;$/m, `$1server ${o.upstream};`, 'upstream');
  return out;
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  if (!existsSync(NGINX_BIN)) throw new Error(`Không có ${NGINX_BIN}: chạy scripts/install-system-deps.sh.`);
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-nginx-'));
  // Workers run as `nobody` when the tests run as root: they must be able to read the served folders.
  chmodSync(dir, 0o755);
  const [httpsPort, httpPort] = [options.port ?? (await freePort()), await freePort()];
  const siteConf = rewriteProductionConf(readFileSync(PRODUCTION_CONF, 'utf8'), { ...options, httpsPort, httpPort });
  writeFileSync(join(dir, 'site.conf'), siteConf);
  const temp = (name: string) => {
    mkdirSync(join(dir, name), { recursive: true });
    return join(dir, name);
  };
  const root = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      ...BROTLI_MODULES.map((m) => `load_module ${MODULES_DIR}/${m};`),
      'daemon off;',
      root ? 'user nobody nogroup;' : '',
      'worker_processes 2;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  access_log ${dir}/access.log;`,
      `  client_body_temp_path ${temp('client_body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const check = spawnSync(NGINX_BIN, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t thất bại:\n${check.stderr}\n--- site.conf ---\n${siteConf}`);
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${httpsPort}`;
  // Wait until it answers (bounded by attempts, not asserted on time).
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx đã dừng (mã ${child.exitCode}): ${stderr}`);
    try {
      await fetch(`${origin}/`, { method: 'HEAD' });
      break;
    } catch (error) {
      if (attempt > 200) throw new Error(`nginx không trả lời ở ${origin}: ${stderr}`, { cause: error });
      await sleep(50);
    }
  }
  return {
    port: httpsPort,
    origin,
    url: (path) => `${origin}${path}`,
    siteConf,
    errorLog: () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGQUIT'); // graceful: finish open requests
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// `node deploy/nginx/local.ts` (`pnpm nginx:local`): the production config in front of PUBLISH_ROOT/current
// and the server at SERVER_HOST:SERVER_PORT, on http://127.0.0.1:NGINX_PORT, until Ctrl-C.
if (import.meta.main) {
  const publishRoot = resolve(process.env.INIT_CWD ?? process.cwd(), process.env.PUBLISH_ROOT ?? '.publish');
  const upstream = `${process.env.SERVER_HOST ?? '127.0.0.1'}:${process.env.SERVER_PORT ?? '4322'}`;
  const port = Number(process.env.NGINX_PORT ?? '8080');
  try {
    const nginx = await startNginx({ root: join(publishRoot, 'current'), upstream, port });
    process.stdout.write(`nginx phục vụ ${join(publishRoot, 'current')} tại ${nginx.origin}/ (máy chủ: ${upstream}); Ctrl-C để dừng.\n`);
    const stop = () => void nginx.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split('\n')[0]}\n`);
    process.exit(1);
  }
}
