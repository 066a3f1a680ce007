// The desk's operator commands (`pnpm server desk …`): adding a judge (their access key is printed
// once, only its SHA-256 is stored) and an editor's signed 12-hour login link.
import { randomUUID } from 'node:crypto';
import type { JudgeRecord } from '../../../../schemas/participation/types.ts';
import { provinces } from '../../../../schemas/vocabularies/provinces.ts';
import type { ParticipationStore, StoredDocument } from '../store.ts';
import { DESK_PREFIX } from './html.ts';
import { newAccessKey, signEditorLink } from './session.ts';

export interface AddJudgeArgs {
  name: string;
  email?: string;
  contests: string[];
  conflictSchools: string[];
  conflictProvinces: string[];
}

export class DeskCommandError extends Error {}

const CONTEST_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

/** `--name X --contest C [--contest C2] [--conflict-school S]* [--conflict-province slug]* [--email E]`. */
export function parseAddJudgeArgs(args: readonly string[]): AddJudgeArgs {
  const parsed: AddJudgeArgs = { name: '', contests: [], conflictSchools: [], conflictProvinces: [] };
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new DeskCommandError(`${flag} cần một giá trị.`);
    const text = value.normalize('NFC').trim();
    if (flag === '--name') parsed.name = text;
    else if (flag === '--email') parsed.email = text;
    else if (flag === '--contest') {
      if (!CONTEST_ID.test(text)) throw new DeskCommandError(`--contest ${JSON.stringify(text)} không phải mã tài liệu cuộc thi (ví dụ contest.nguoi-thay-trong-toi-2025).`);
      parsed.contests.push(text);
    } else if (flag === '--conflict-school') parsed.conflictSchools.push(text);
    else if (flag === '--conflict-province') {
      if (!provinces.some((p) => p.value === text)) throw new DeskCommandError(`--conflict-province ${JSON.stringify(text)} không phải tên viết tắt của tỉnh, thành phố nào (ví dụ ha-noi, son-la).`);
      parsed.conflictProvinces.push(text);
    } else throw new DeskCommandError(`Không hiểu tham số ${flag}.`);
  }
  if (parsed.name === '') throw new DeskCommandError('Cần --name: họ tên giám khảo.');
  if (parsed.contests.length === 0) throw new DeskCommandError('Cần ít nhất một --contest: mã cuộc thi giám khảo chấm.');
  return parsed;
}

/** Stores the judge and returns the one-time login link (the key is not stored anywhere). */
export async function addJudge(store: ParticipationStore, args: AddJudgeArgs, siteUrl: string): Promise<{ judgeId: string; link: string }> {
  const { key, hash } = newAccessKey();
  const judge: JudgeRecord = {
    _id: `judge.${randomUUID()}`,
    _type: 'judge',
    name: args.name,
    ...(args.email ? { email: args.email } : {}),
    contests: args.contests.map((id) => ({ _type: 'reference', _ref: id, _weak: true })),
    conflictSchools: args.conflictSchools,
    conflictProvinces: args.conflictProvinces,
    accessKeyHash: hash,
    active: true,
  };
  await store.createOrReplace(judge as unknown as StoredDocument);
  return { judgeId: judge._id, link: new URL(`${DESK_PREFIX}dang-nhap?khoa=${key}`, siteUrl).href };
}

export function editorLink(secret: string, siteUrl: string, now: Date): string {
  return new URL(`${DESK_PREFIX}dang-nhap?bien-tap=${signEditorLink(now, secret)}`, siteUrl).href;
}
