// `pnpm bench -- --participation [--entries 90000] [--burst 200]`: a simulated national writing
// contest against the real site server on loopback (issue 11). The server runs as a child process
// (participation-server.ts) with a fresh SQLite store; the generator sends every entry as the
// browser form would (multipart, a form ticket aged past the minimum fill time, an idempotency key,
// consents), in bursts of `--burst` concurrent submissions, each from its own sender address
// (`X-Real-IP`, which the server trusts from a loopback peer exactly as behind nginx) so the per-address
// limits apply as they would to real schools. 1 % of the entries are sent twice with the same key (a
// double click) and 5 % carry a PDF. Reported: latency p50/p95/p99/max, entries stored vs sent
// (must be equal), the server's peak memory, and how the judges' desk queries behave at that size.
//
// Texts follow a Zipf distribution over dictionary-vi (zipf-text.ts), like the site benchmark.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { COMMON_FIELDS, ENTRY_FIELDS, INTAKE_PATHS } from '../../schemas/participation/form-fields.ts';
import { entrantRoles, publishableFields } from '../../schemas/participation/vocabulary.ts';
import { provinces } from '../../schemas/vocabularies/provinces.ts';
import { prng } from '../sample-dataset/images.ts';
import { freePort } from './free-port.ts';
import { processTree } from './proc-tree.ts';
import { createTextGenerator, type Random } from './zipf-text.ts';

export interface ParticipationBenchOptions {
  root: string;
  entries: number;
  burst: number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface ParticipationBenchResult {
  entries: number;
  burst: number;
  bursts: number;
  /** Distinct submissions sent (duplicates not counted again). */
  sent: number;
  duplicatesSent: number;
  /** Answers 201 to a first submission. */
  accepted: number;
  /** Duplicates answered with the first submission's receipt. */
  duplicateSameReceipt: number;
  refused: Record<string, number>;
  stored: number;
  filesSent: number;
  filesStored: number;
  wallMs: number;
  perSecond: number;
  latencyMs: LatencySummary;
  peakServerRss: number;
  storeBytes: number;
  desk: { name: string; ms: number[]; rows: number }[];
}

const TICKET_AGE_MS = 5_200;

function summarise(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

/** The sample contest that is open at `now` (the bench submits to it). */
function openContest(root: string, now: Date): string {
  const lines = readFileSync(join(root, 'site', 'dataset', 'data.ndjson'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.includes('"_type":"contest"')) continue;
    const doc = JSON.parse(line) as { _id: string; opensAt?: string; closesAt?: string };
    if (doc._id.startsWith('drafts.')) continue;
    if (doc.opensAt && doc.closesAt && Date.parse(doc.opensAt) <= now.getTime() && now.getTime() <= Date.parse(doc.closesAt)) return doc._id;
  }
  throw new Error('Bộ dữ liệu mẫu không có cuộc thi nào đang nhận bài vào lúc này.');
}

/** A small but real PDF (one page of text), padded with a comment to about `bytes`. */
function samplePdf(bytes: number): Uint8Array<ArrayBuffer> {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (Bai du thi) Tj ET\nendstream',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  body += `%${'x'.repeat(Math.max(0, bytes - body.length - 200))}\n`;
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

interface Submission {
  index: number;
  form: () => FormData;
  address: string;
  hasFile: boolean;
}

function makeSubmission(index: number, contest: string, random: Random, text: ReturnType<typeof createTextGenerator>, pdf: Uint8Array<ArrayBuffer>): Submission {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const child = random() < 0.15;
  const birthYear = child ? 2010 + Math.floor(random() * 5) : 1960 + Math.floor(random() * 45);
  const hasFile = random() < 0.05;
  const publish = random() < 0.7;
  const words = 300 + Math.floor(random() * 1500);
  const fields: [string, string][] = [
    [ENTRY_FIELDS.contest, contest],
    [ENTRY_FIELDS.title, text.title()],
    [ENTRY_FIELDS.name, `${text.title().split(' ').slice(0, 3).join(' ')}`],
    [ENTRY_FIELDS.role, child ? 'hoc-sinh' : pick(entrantRoles).value],
    [ENTRY_FIELDS.school, `Trường ${text.words(3)}`],
    [ENTRY_FIELDS.province, pick(provinces).value],
    [ENTRY_FIELDS.birthYear, String(birthYear)],
    [ENTRY_FIELDS.email, `bai-${index}@vi-du.edu.vn`],
    [ENTRY_FIELDS.phone, `09${String(index).padStart(8, '0')}`],
    [ENTRY_FIELDS.consentProcessing, 'co'],
    [COMMON_FIELDS.idempotencyKey, crypto.randomUUID()],
    [COMMON_FIELDS.honeypot, ''],
  ];
  if (!hasFile) fields.push([ENTRY_FIELDS.text, Array.from({ length: Math.ceil(words / 60) }, () => text.words(60)).join('\n\n')]);
  if (child) {
    fields.push(
      [ENTRY_FIELDS.representativeName, text.title().split(' ').slice(0, 3).join(' ')],
      [ENTRY_FIELDS.representativeRelation, 'Mẹ'],
      [ENTRY_FIELDS.representativeEmail, `dai-dien-${index}@vi-du.edu.vn`],
    );
  }
  if (publish) {
    fields.push([ENTRY_FIELDS.consentPublish, 'co']);
    if (child) fields.push([ENTRY_FIELDS.consentChild, 'co']);
    for (const field of publishableFields) if (random() < 0.7) fields.push([ENTRY_FIELDS.publishFields, field.value]);
  }
  // Five entries per sender address (a school's or a family's connection), under the 10-per-hour limit.
  const sender = Math.floor(index / 5);
  const address = `10.${(sender >> 16) & 255}.${(sender >> 8) & 255}.${sender & 255}`;
  return {
    index,
    address,
    hasFile,
    form: () => {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      if (hasFile) form.append(ENTRY_FIELDS.file, new Blob([pdf], { type: 'application/pdf' }), `bai-du-thi-${index}.pdf`);
      return form;
    },
  };
}

export async function runParticipationBench(options: ParticipationBenchOptions, deskQueries?: (dataDir: string) => Promise<ParticipationBenchResult['desk']>): Promise<ParticipationBenchResult> {
  const work = join(options.root, '.cache', 'bench', `participation-${options.entries}`);
  rmSync(work, { recursive: true, force: true });
  const dataDir = join(work, 'data');
  mkdirSync(dataDir, { recursive: true });
  const contest = openContest(options.root, new Date());
  const secret = crypto.getRandomValues(new Uint8Array(32)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');

  const server: ChildProcess = spawn(process.execPath, [join(options.root, 'scripts/bench/participation-server.ts')], {
    cwd: options.root,
    env: {
      ...process.env,
      SANITY_WEBHOOK_SECRET: secret,
      CONTENT_DATASET: join(options.root, 'site', 'dataset'),
      PUBLISH_ROOT: join(work, 'publish'),
      PARTICIPATION_DIR: dataDir,
      SERVER_PORT: String(await freePort()),
      SERVER_HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const base = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const ready = /READY (\S+)/.exec(log);
      if (ready) resolve(ready[1]!);
    });
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    server.once('exit', (code) => reject(new Error(`Máy chủ dừng (mã ${code}) trước khi sẵn sàng:\n${log.slice(-2000)}`)));
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (server.pid !== undefined) peak = Math.max(peak, processTree(server.pid).rss);
  }, 100);

  const random = prng(11_595);
  const text = createTextGenerator(random);
  const pdf = samplePdf(60_000);
  const tickets: { ve: string; at: number }[] = [];
  // Each ticket is fetched from the address that will use it, as the form's page does.
  const fetchTickets = async (count: number, offset: number) => {
    const got = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const sender = Math.floor((offset + i) / 5);
        const response = await fetch(`${base}${INTAKE_PATHS.ticket}`, { headers: { accept: 'application/json', 'x-real-ip': `10.${(sender >> 16) & 255}.${(sender >> 8) & 255}.${sender & 255}` } });
        const body = (await response.json()) as { ve?: string; error?: string };
        if (!body.ve) throw new Error(`Không lấy được vé biểu mẫu (${response.status} ${body.error ?? ''}).`);
        return { ve: body.ve, at: performance.now() };
      }),
    );
    tickets.push(...got);
  };

  const latencies: number[] = [];
  const refused: Record<string, number> = {};
  let accepted = 0;
  let duplicatesSent = 0;
  let duplicateSameReceipt = 0;
  let filesSent = 0;
  const send = async (submission: Submission, ve: string): Promise<string | null> => {
    const form = submission.form();
    form.append(COMMON_FIELDS.ticket, ve);
    const started = performance.now();
    const response = await fetch(`${base}${INTAKE_PATHS.entry}`, { method: 'POST', body: form, headers: { accept: 'application/json', 'x-real-ip': submission.address } });
    const body = (await response.json()) as { ma?: string; error?: string };
    latencies.push(performance.now() - started);
    if (response.status === 201 && body.ma) return body.ma;
    const reason = `${response.status} ${body.error ?? ''}`.slice(0, 160);
    refused[reason] = (refused[reason] ?? 0) + 1;
    return null;
  };

  const bursts = Math.ceil(options.entries / options.burst);
  const ahead = options.burst * 4;
  try {
    console.log(`▶ Cuộc thi mô phỏng: ${options.entries} bài, từng đợt ${options.burst} bài đồng thời, ${bursts} đợt (máy chủ ${base}) …`);
    await fetchTickets(Math.min(ahead, options.entries), 0);
    await sleep(TICKET_AGE_MS);
    const started = performance.now();
    let next = 0;
    for (let burst = 0; burst < bursts; burst++) {
      const size = Math.min(options.burst, options.entries - next);
      const refill = Math.min(size, options.entries - next - tickets.length);
      if (refill > 0) await fetchTickets(refill, next + tickets.length);
      const batch = Array.from({ length: size }, (_, i) => makeSubmission(next + i, contest, random, text, pdf));
      next += size;
      const oldest = tickets.splice(0, size);
      const wait = TICKET_AGE_MS - (performance.now() - Math.max(...oldest.map((t) => t.at)));
      if (wait > 0) await sleep(wait);
      const codes = await Promise.all(
        batch.map(async (submission, i) => {
          if (submission.hasFile) filesSent += 1;
          const code = await send(submission, oldest[i]!.ve);
          if (code) accepted += 1;
          // 1 %: the same form sent again (a double click or a retry after a lost answer).
          if (code && submission.index % 100 === 42) {
            duplicatesSent += 1;
            const again = await send(submission, oldest[i]!.ve);
            if (again === code) duplicateSameReceipt += 1;
          }
          return code;
        }),
      );
      if ((burst + 1) % 50 === 0 || burst === bursts - 1) {
        const done = performance.now() - started;
        console.log(`  ${next}/${options.entries} bài sau ${(done / 1000).toFixed(0)} s (${codes.filter(Boolean).length}/${size} được nhận ở đợt cuối)`);
      }
    }
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    server.kill('SIGTERM');
    await new Promise((done) => (server.exitCode !== null ? done(null) : server.once('exit', done)));

    const { createSqliteStore } = await import('../../server/src/participation/sqlite-store.ts');
    const store = createSqliteStore({ dir: dataDir });
    const stored = await store.query<number>('count(*[_type == "contestEntry"])', {}, { types: ['contestEntry'] });
    const filesStored = await store.query<number>('count(*[_type == "contestEntry" && defined(file)])', {}, { types: ['contestEntry'] });
    await store.close();
    const desk = deskQueries ? await deskQueries(dataDir) : [];
    const { execFileSync } = await import('node:child_process');
    const storeBytes = Number(execFileSync('du', ['-sb', dataDir], { encoding: 'utf8' }).split('\t')[0]);
    return {
      entries: options.entries,
      burst: options.burst,
      bursts,
      sent: options.entries,
      duplicatesSent,
      accepted,
      duplicateSameReceipt,
      refused,
      stored,
      filesSent,
      filesStored,
      wallMs,
      perSecond: options.entries / (wallMs / 1000),
      latencyMs: summarise(latencies),
      peakServerRss: peak,
      storeBytes,
      desk,
    };
  } finally {
    clearInterval(sampler);
    if (server.exitCode === null) server.kill('SIGTERM');
  }
}

export function participationMarkdown(result: ParticipationBenchResult): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const l = result.latencyMs;
  const lines = [
    `### Cuộc thi mô phỏng: ${result.entries.toLocaleString('vi-VN')} bài dự thi, từng đợt ${result.burst} bài đồng thời`,
    '',
    `- Gửi ${result.sent} bài (thêm ${result.duplicatesSent} lần gửi lặp cùng khóa), được nhận ${result.accepted}, **lưu ${result.stored}** (${result.stored === result.sent ? 'bằng' : 'KHÁC'} số đã gửi); gửi lặp trả đúng biên nhận cũ ${result.duplicateSameReceipt}/${result.duplicatesSent}; tệp đính kèm: gửi ${result.filesSent}, lưu ${result.filesStored}.`,
    `- Thời gian: ${(result.wallMs / 1000).toFixed(0)} s, ${result.perSecond.toFixed(0)} bài/giây; độ trễ mỗi lần gửi p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, chậm nhất ${ms(l.max)} (${l.count} yêu cầu).`,
    `- Bộ nhớ đỉnh của máy chủ: ${mib(result.peakServerRss)}; kho SQLite và tệp: ${mib(result.storeBytes)}.`,
  ];
  const refusals = Object.entries(result.refused);
  if (refusals.length > 0) lines.push(`- Bị từ chối: ${refusals.map(([reason, n]) => `${n} × ${reason}`).join('; ')}.`);
  if (result.desk.length > 0) {
    lines.push('', '| truy vấn bàn chấm | số dòng | lần đầu | các lần sau (trung vị) |', '|---|---:|---:|---:|');
    for (const query of result.desk) {
      const rest = [...query.ms.slice(1)].sort((a, b) => a - b);
      lines.push(`| ${query.name} | ${query.rows} | ${ms(query.ms[0] ?? 0)} | ${rest.length ? ms(rest[Math.floor((rest.length - 1) / 2)]!) : '–'} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
