// The site server for the participation benchmark, as a child process so its memory and CPU are
// measured apart from the load generator: the real configuration and request handling
// (`createSiteServer`), listening only — no initial site build (`start()` is never called), because
// the benchmark measures the intake and the judges' desk, not the build.
import { readServerConfig } from '../../server/src/config.ts';
import { createSiteServer } from '../../server/src/server.ts';

const server = createSiteServer(readServerConfig());
const { url } = await server.listen();
process.stdout.write(`READY ${url}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
