/**
 * The site server, assembled: HTTP routes, webhook → coalescing queue → build job → release store,
 * the clock-boundary scheduler and the status. `createSiteServer` does no I/O until `listen`/`start`,
 * so tests drive it in-process with their own clock and publish root.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type BuildJobOptions, type BuildRecord, runBuildJob } from './build-job.ts';
import { createBuildQueue } from './build-queue.ts';
import type { ServerConfig } from './config.ts';
import { createRequestHandler, type PreviewHandler } from './http.ts';
import { createLogger, type Logger } from './log.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createReleaseStore, type ReleaseStore } from './releases.ts';
import { type Clock, createScheduler, systemClock } from './scheduler.ts';
import { renderStatus, type ServerStatus } from './status.ts';
import { createWebhookHandler } from './webhook.ts';
import { createParticipationStore } from './participation/create-store.ts';
import { createContestSource } from './participation/contests.ts';
import { createIntakeHandler, DEFAULT_INTAKE_LIMITS, type IntakeHandler, type IntakeLimits } from './participation/intake/handler.ts';
import { deriveIntakeKeys } from './participation/intake/keys.ts';
import { createPendingStore } from './participation/intake/pending.ts';
import type { ParticipationStore, PublicRecordWriter } from './participation/store.ts';
import { createDeskFromSetup, createPublicRecordWriter } from './participation/desk/setup.ts';

export interface SiteServerOptions {
  clock?: Clock;
  logger?: Logger;
  store?: ReleaseStore;
  preview?: PreviewHandler;
  /** The judging desk under /cham-thi/ (default: `createDeskFromSetup` over the participation store). */
  desk?: PreviewHandler;
  /** The build job (default: the real one). */
  runBuild?: (options: BuildJobOptions) => Promise<BuildRecord>;
  /** Each build/search child process as it starts. */
  onBuildProcess?: (child: ChildProcess, step: 'build' | 'search') => void;
  /** Requests per IP per minute on the unauthenticated paths (default 120). */
  rateLimitPerMinute?: number;
  /** The private participation store (default: from the config, opened on the first intake request). */
  participationStore?: ParticipationStore;
  /** Where erasure removes public records (the overlay or the public dataset); none: the store only. */
  publicRecords?: PublicRecordWriter;
  /** Intake limits (defaults: DEFAULT_INTAKE_LIMITS and the config's upload cap). */
  intakeLimits?: Partial<IntakeLimits>;
}

export interface SiteServer {
  readonly store: ReleaseStore;
  listen(): Promise<{ url: string }>;
  /** Cleans staging leftovers, arms the scheduler from the live release, builds one if none is live. */
  start(): Promise<void>;
  close(): Promise<void>;
  requestBuild(reason: string): 'started' | 'queued' | 'coalesced';
  /** Resolves when no build runs or waits. */
  idle(): Promise<void>;
  status(): Promise<ServerStatus>;
  /** Builds finished since start, oldest first (the last 50). */
  history(): readonly BuildRecord[];
}

/** Builds fire a second after the boundary so the build's clock is surely past it. */
const BOUNDARY_MARGIN_MS = 1000;
const HISTORY = 50;

function vietnamTime(at: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }).format(at);
}

export function createSiteServer(config: ServerConfig, options: SiteServerOptions = {}): SiteServer {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.secrets);
  const store = options.store ?? createReleaseStore(config.publishRoot);
  const runBuild = options.runBuild ?? runBuildJob;
  const history: BuildRecord[] = [];
  const counts = { succeeded: 0, failed: 0 };
  let lastError: { message: string; at: Date } | null = null;
  const shutdown = new AbortController();

  const scheduler = createScheduler(clock, (at) => {
    queue.request(`lịch: nội dung thay đổi theo giờ lúc ${vietnamTime(at)} (giờ Việt Nam)`);
  });
  const armFrom = (nextBoundary: string | null | undefined) => {
    scheduler.arm(nextBoundary ? new Date(Date.parse(nextBoundary) + BOUNDARY_MARGIN_MS) : null);
    const next = scheduler.next();
    if (next) logger.info(`Lần dựng theo lịch kế tiếp: ${vietnamTime(next)} (giờ Việt Nam).`);
  };

  const queue = createBuildQueue(async (reasons) => {
    if (shutdown.signal.aborted) return;
    let record: BuildRecord;
    try {
      record = await runBuild({
        store,
        repoRoot: config.repoRoot,
        publishRoot: config.publishRoot,
        buildEnv: config.buildEnv,
        buildTime: clock.now(),
        reasons,
        logger,
        onProcess: options.onBuildProcess,
        signal: shutdown.signal,
      });
    } catch (error) {
      lastError = { message: `Không chạy được bản dựng: ${(error as Error).message}`, at: clock.now() };
      counts.failed += 1;
      logger.error(lastError.message);
      return;
    }
    history.push(record);
    if (history.length > HISTORY) history.shift();
    if (record.result === 'success') {
      counts.succeeded += 1;
      armFrom(record.report?.nextBoundary);
    } else {
      counts.failed += 1;
    }
    if (record.error) lastError = { message: record.error, at: new Date(record.finishedAt) };
  });

  const webhook = createWebhookHandler({
    secret: config.webhookSecret,
    now: () => clock.now(),
    onAccepted: (reason) => {
      // New content may have opened, closed or changed a contest.
      contests.invalidate();
      const outcome = queue.request(reason);
      logger.info(`Nhận ${reason}: ${outcome === 'started' ? 'bắt đầu dựng' : outcome === 'queued' ? 'xếp hàng sau bản đang dựng' : 'gộp vào bản đang chờ'}.`);
    },
  });

  const status = async (): Promise<ServerStatus> => {
    const live = await store.live();
    return renderStatus(
      {
        live,
        lastBuild: history.at(-1) ?? null,
        building: queue.running,
        buildingReasons: queue.runningReasons,
        queued: queue.queued,
        nextScheduledBuild: scheduler.next(),
        lastError,
        counts,
      },
      config.secrets,
    );
  };

  // One reading of the contests for the intake and the desk, refreshed by every accepted webhook.
  const contests = createContestSource(config.content, () => clock.now());
  let participationStore = options.participationStore ?? null;
  /**
   * Where a withdrawal removes the entry's public record: the caller's writer, or the one the desk
   * publishes through. In local mode the overlay only reaches the site with a build, so a removal
   * requests one (in Sanity mode the deletion in the public dataset fires Sanity's webhook).
   */
  const withdrawalWriter = (): PublicRecordWriter | undefined => {
    if (options.publicRecords) return options.publicRecords;
    if (config.content.kind === 'sanity' && !config.participationSanity) return undefined; // no write token: nothing was ever published by us
    const writer = createPublicRecordWriter({
      content: config.content,
      participationDir: config.participationDir,
      ...(config.apiHost ? { apiHost: config.apiHost } : {}),
      ...(config.participationSanity ? { writeToken: config.participationSanity.token } : {}),
    });
    if (config.content.kind !== 'local') return writer;
    return {
      put: (documents) => writer.put(documents),
      async remove(ids) {
        await writer.remove(ids);
        if (ids.length > 0) queue.request('rút lại đồng ý: gỡ bản ghi công khai của một bài dự thi');
      },
    };
  };
  let intakeHandler: IntakeHandler | null = null;
  const intake: IntakeHandler = (req, res, url) => {
    if (!intakeHandler) {
      // Opened on first use: createSiteServer does no I/O until it serves.
      participationStore ??= createParticipationStore(config);
      intakeHandler = createIntakeHandler({
        store: participationStore,
        contests,
        keys: deriveIntakeKeys(config.webhookSecret),
        pending: createPendingStore(join(config.participationDir, 'pending'), deriveIntakeKeys(config.webhookSecret).pending, () => clock.now()),
        limits: { ...DEFAULT_INTAKE_LIMITS, maxUploadBytes: config.intakeMaxUploadBytes, ...options.intakeLimits },
        now: () => clock.now(),
        logger,
        publicRecords: withdrawalWriter(),
        secureCookies: config.siteUrl?.startsWith('https:') === true,
      });
    }
    return intakeHandler(req, res, url);
  };

  // The judging desk shares the participation store with the intake; built on first use as well.
  let deskHandler: PreviewHandler | null = null;
  const desk: PreviewHandler =
    options.desk ??
    ((req, res, url) => {
      if (!deskHandler) {
        participationStore ??= createParticipationStore(config);
        deskHandler = createDeskFromSetup({
          content: config.content,
          ...(config.apiHost ? { apiHost: config.apiHost } : {}),
          participationDir: config.participationDir,
          ...(config.participationSanity ? { writeToken: config.participationSanity.token } : {}),
          webhookSecret: config.webhookSecret,
          ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
          store: participationStore,
          contests,
          requestBuild: (reason) => queue.request(reason),
          now: () => clock.now(),
          log: (message) => logger.error(message),
        });
      }
      return deskHandler(req, res, url);
    });

  const limiter = createRateLimiter(options.rateLimitPerMinute ?? 120, 60_000);
  const handler = createRequestHandler({ webhook, status, preview: options.preview, intake, desk, limiter, now: () => clock.now(), logger });
  let server: Server | null = null;

  return {
    store,
    async listen() {
      server = createServer(handler);
      // Slow or stalled clients must not hold connections open forever.
      server.requestTimeout = 30_000;
      server.headersTimeout = 10_000;
      const s = server;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(config.port, config.host, () => resolve());
      });
      const address = s.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${host}:${address.port}`;
      logger.info(`Máy chủ xuất bản đang nghe tại ${url} (thư mục phát hành ${config.publishRoot}).`);
      return { url };
    },
    async start() {
      const leftovers = await store.cleanStaging();
      if (leftovers.length > 0) logger.info(`Đã dọn ${leftovers.length} bản dựng dở dang: ${leftovers.join(', ')}.`);
      const live = await store.live();
      if (!live) {
        queue.request('khởi động: chưa có bản phát hành nào');
        return;
      }
      try {
        const record = JSON.parse(await readFile(join(config.publishRoot, 'reports', `${live.id}.json`), 'utf8')) as Partial<BuildRecord>;
        armFrom(record.report?.nextBoundary);
      } catch {
        // No report for the live release (made by hand or by an older server): nothing to schedule.
      }
    },
    async close() {
      scheduler.stop();
      shutdown.abort();
      await queue.idle();
      const s = server;
      server = null;
      if (s) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      // A store passed in belongs to the caller; one opened here is closed here.
      if (participationStore && !options.participationStore) await participationStore.close();
    },
    requestBuild: (reason) => queue.request(reason),
    idle: () => queue.idle(),
    status,
    history: () => history,
  };
}
