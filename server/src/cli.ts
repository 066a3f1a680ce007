// `pnpm server [command]`: the site server and its operator commands.
//   (none)                start the server: clean staging leftovers, build if nothing is live, serve
//   build                 one build now, then exit (cron, CI)
//   rollback [id]         switch `current` back to release `id`, or to the one before the live one
//   webhook-test [--id X] send a correctly signed test webhook to the running server
//   status                print the running server's /status
//   preview-link <id>     print a signed 30-minute preview link for a document (local-dataset mode has no Studio)
//   participation export [--out <dir>]   write the private participation store in Sanity's import format
//   participation erase <code|id>        erase one submission (an editor acting on a written request)
//   desk add-judge --name X --contest <id> [--conflict-school S]… [--conflict-province slug]…
//                         add a judge to the judging desk and print their one-time login link
//   desk editor-link      print a signed 12-hour login link to the judging desk for an editor
import { resolve } from 'node:path';
import { type ServerConfig, ServerConfigError, readServerConfig } from './config.ts';
import { createLogger } from './log.ts';
import { createParticipationStore } from './participation/create-store.ts';
import { addJudge, DeskCommandError, editorLink, parseAddJudgeArgs } from './participation/desk/commands.ts';
import { deriveDeskSecret } from './participation/desk/session.ts';
import { createPublicRecordWriter } from './participation/desk/setup.ts';
import { eraseSubmission, findSubmission } from './participation/erase.ts';
import { exportParticipation } from './participation/export.ts';
import { deriveIntakeKeys } from './participation/intake/keys.ts';
import { createPreviewHandler, previewLink } from './preview/handler.ts';
import { redactText } from './redact.ts';
import { createReleaseStore } from './releases.ts';
import { createSiteServer } from './server.ts';
import { sendTestWebhook } from './webhook-test.ts';

const USAGE =
  'Cách dùng: pnpm server [build | rollback [mã] | webhook-test [--id mã-tài-liệu] | status | preview-link mã-tài-liệu | participation export [--out thư-mục] | participation erase mã-biên-nhận-hoặc-mã-tài-liệu | desk add-judge --name họ-tên --contest mã-cuộc-thi | desk editor-link]';

/** Where links for people point: SITE_URL (nginx in front), or the server itself. */
const publicUrl = (config: ServerConfig): string => config.siteUrl ?? serverUrl(config);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function loadConfig(): ServerConfig {
  try {
    return readServerConfig(process.env, process.argv);
  } catch (error) {
    if (error instanceof ServerConfigError) fail(error.message);
    throw error;
  }
}

function serverUrl(config: ServerConfig): string {
  const host = config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host;
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${config.port}`;
}

async function serve(config: ServerConfig): Promise<void> {
  const logger = createLogger(config.secrets);
  // The preview renderer gets the content variables only (never the webhook or preview secret).
  const preview = createPreviewHandler({
    secret: config.previewSecret,
    contentEnv: config.buildEnv,
    apiHost: config.apiHost,
    // Started by the first preview and stopped when idle: it must not sit beside every build.
    startRenderer: 'on-demand',
    log: (message) => logger.error(message),
  });
  const server = createSiteServer(config, { preview: (req, res, url) => preview.handle(req, res, url) });
  await server.listen();
  await server.start();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    createLogger(config.secrets).info(`Nhận ${signal}: dừng máy chủ (bản dựng đang chạy, nếu có, bị hủy và không được phát hành).`);
    void Promise.all([server.close(), preview.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function buildOnce(config: ServerConfig): Promise<void> {
  const server = createSiteServer(config);
  await server.store.cleanStaging();
  server.requestBuild('lệnh pnpm server build');
  await server.idle();
  const last = server.history().at(-1);
  process.exit(last?.result === 'success' ? 0 : 1);
}

async function rollback(config: ServerConfig, id: string | undefined): Promise<void> {
  const store = createReleaseStore(config.publishRoot);
  try {
    const release = await store.rollback(id);
    process.stdout.write(`Đã chuyển trang đang chạy về bản phát hành ${release.id}.\n`);
  } catch (error) {
    fail(`Không quay lại được: ${(error as Error).message}`);
  }
}

async function webhookTest(config: ServerConfig, args: string[]): Promise<void> {
  const index = args.indexOf('--id');
  const documentId = index === -1 ? 'webhook-test' : args[index + 1];
  if (!documentId || !/^[A-Za-z0-9._-]+$/.test(documentId)) fail('--id cần một mã tài liệu gồm chữ, số, dấu chấm, gạch dưới hoặc gạch ngang.');
  const url = serverUrl(config);
  let answer: { status: number; body: string };
  try {
    answer = await sendTestWebhook(url, config.webhookSecret, documentId);
  } catch {
    fail(`Không kết nối được máy chủ tại ${url}: hãy chạy "pnpm server" trước (và kiểm tra SERVER_HOST, SERVER_PORT).`);
  }
  const explained: Record<number, string> = {
    202: 'Máy chủ đã nhận webhook thử và xếp hàng một bản dựng mới.',
    200: 'Máy chủ đã nhận webhook này trước đó nên không dựng lại.',
    401: 'Máy chủ từ chối chữ ký: SANITY_WEBHOOK_SECRET ở đây khác với của máy chủ đang chạy.',
    429: 'Máy chủ đang giới hạn số yêu cầu; hãy thử lại sau một phút.',
  };
  const message = explained[answer.status] ?? `Máy chủ trả lời mã ${answer.status}: ${answer.body.trim().slice(0, 200)}`;
  process.stdout.write(`${message}\n`);
  if (answer.status !== 202 && answer.status !== 200) process.exit(1);
}

async function printStatus(config: ServerConfig): Promise<void> {
  const url = serverUrl(config);
  try {
    const response = await fetch(new URL('/status', url), { signal: AbortSignal.timeout(10_000) });
    process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  } catch {
    fail(`Không đọc được trạng thái từ ${url}/status: máy chủ có đang chạy không?`);
  }
}

function printPreviewLink(config: ServerConfig, documentId: string | undefined): void {
  if (!documentId) fail('Cần mã tài liệu: pnpm server preview-link <mã-tài-liệu>.');
  try {
    process.stdout.write(`${previewLink(documentId, { siteUrl: publicUrl(config), secret: config.previewSecret, now: new Date() })}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}

async function participation(config: ServerConfig, args: string[]): Promise<void> {
  const [action, ...more] = args;
  if (action === 'export') {
    if (config.participationSanity) fail('Kho dữ liệu tham gia đang ở Sanity: hãy dùng "sanity dataset export" thay cho lệnh này.');
    const index = more.indexOf('--out');
    const out = resolve(process.env.INIT_CWD ?? process.cwd(), index === -1 ? `participation-export-${new Date().toISOString().slice(0, 10)}` : (more[index + 1] ?? ''));
    if (index !== -1 && !more[index + 1]) fail('--out cần một thư mục.');
    const store = createParticipationStore(config);
    try {
      const result = await exportParticipation(store, config.participationDir, out);
      process.stdout.write(`Đã xuất ${result.documents} tài liệu và ${result.files} tệp vào ${out} (nhập vào Sanity bằng: sanity dataset import ${out} <dataset>).\n`);
      if (result.missingFiles.length > 0) process.stdout.write(`Thiếu ${result.missingFiles.length} tệp trong thư mục dữ liệu: ${result.missingFiles.join(', ')}.\n`);
    } finally {
      await store.close();
    }
    return;
  }
  if (action === 'erase') {
    const target = more[0];
    if (!target) fail('Cần mã biên nhận (GS-XXXX-XXXX-XXXX) hoặc mã tài liệu: pnpm server participation erase <mã>.');
    const store = createParticipationStore(config);
    try {
      const doc = await findSubmission(store, target, { receiptKey: deriveIntakeKeys(config.webhookSecret).receipt, scan: true });
      if (!doc) fail(`Không tìm thấy bài dự thi hay đề cử nào ứng với ${JSON.stringify(target.slice(0, 80))}.`);
      // The public record goes too: from the overlay (local) or the public dataset (Sanity).
      const writer =
        config.content.kind === 'sanity' && !config.participationSanity
          ? undefined
          : createPublicRecordWriter({
              content: config.content,
              participationDir: config.participationDir,
              ...(config.apiHost ? { apiHost: config.apiHost } : {}),
              ...(config.participationSanity ? { writeToken: config.participationSanity.token } : {}),
            });
      const result = await eraseSubmission(store, doc, writer);
      process.stdout.write(`Đã xóa ${doc._id} cùng ${result.files} tệp và ${result.scores} phiếu chấm, và gỡ bản công khai của nó (nếu có).\n`);
      if (config.content.kind === 'local' && doc._type === 'contestEntry') {
        // Local mode: the site drops the record at its next build; ask the running server for one now.
        const url = serverUrl(config);
        const answer = await sendTestWebhook(url, config.webhookSecret, doc._id).catch(() => null);
        process.stdout.write(
          answer?.status === 202
            ? 'Máy chủ đang dựng lại trang để gỡ bài này.\n'
            : `Không gọi được máy chủ ở ${url}: trang sẽ gỡ bài này ở lần dựng kế tiếp.\n`,
        );
      }
    } finally {
      await store.close();
    }
    return;
  }
  fail(`Lệnh participation cần "export" hoặc "erase". ${USAGE}`);
}

async function desk(config: ServerConfig, args: string[]): Promise<void> {
  const [action, ...more] = args;
  if (action === 'editor-link') {
    process.stdout.write(`${editorLink(deriveDeskSecret(config.webhookSecret), publicUrl(config), new Date())}\n`);
    process.stdout.write('Đường dẫn dùng được trong 12 giờ; ai có nó là biên tập viên của bàn chấm thi, đừng gửi qua kênh công khai.\n');
    return;
  }
  if (action === 'add-judge') {
    let parsed;
    try {
      parsed = parseAddJudgeArgs(more);
    } catch (error) {
      if (error instanceof DeskCommandError) fail(error.message);
      throw error;
    }
    const store = createParticipationStore(config);
    try {
      const { judgeId, link } = await addJudge(store, parsed, publicUrl(config));
      process.stdout.write(`Đã thêm giám khảo ${parsed.name} (${judgeId}). Đường dẫn đăng nhập, chỉ in một lần (máy chủ không lưu khóa):\n${link}\n`);
    } finally {
      await store.close();
    }
    return;
  }
  fail(`Lệnh desk cần "add-judge" hoặc "editor-link". ${USAGE}`);
}

const [command, ...rest] = process.argv.slice(2).filter((arg) => arg !== '--');
const config = loadConfig();
try {
  switch (command) {
    case undefined:
    case 'start':
      await serve(config);
      break;
    case 'build':
      await buildOnce(config);
      break;
    case 'rollback':
      await rollback(config, rest[0]);
      break;
    case 'webhook-test':
      await webhookTest(config, rest);
      break;
    case 'status':
      await printStatus(config);
      break;
    case 'preview-link':
      printPreviewLink(config, rest[0]);
      break;
    case 'participation':
      await participation(config, rest);
      break;
    case 'desk':
      await desk(config, rest);
      break;
    default:
      fail(`Lệnh không rõ: ${command}. ${USAGE}`);
  }
} catch (error) {
  // Operators get one sentence (the release store and the build speak Vietnamese), not a stack trace.
  fail(redactText(`Máy chủ dừng vì lỗi: ${(error as Error).message ?? String(error)}`, config.secrets));
}
