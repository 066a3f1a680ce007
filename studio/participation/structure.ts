import { createElement } from 'react';
import type { StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure';
import { entryStatuses, nominationStatuses } from '../../schemas/participation/vocabulary.ts';
import { API_VERSION, dataset as publicDataset } from '../env.ts';
import { RankingView } from './RankingView.ts';

/**
 * The desk of the "Tham gia" workspace (the PRIVATE participation dataset), for editors only:
 * entries by contest and by status (with counts), nominations by status, judges, score sheets by
 * contest, and a ranking per contest. Contests live in the PUBLIC dataset: their titles are read
 * from there (`client.withConfig({ dataset })`), the entries point at them by weak reference.
 */

export const ENTRIES_OF_CONTEST = '_type == "contestEntry" && contest._ref == $contestId';
export const ENTRIES_OF_CONTEST_WITH_STATUS = `${ENTRIES_OF_CONTEST} && status == $status`;
export const NOMINATIONS_WITH_STATUS = '_type == "nomination" && status == $status';
export const SCORES_OF_CONTEST = '_type == "judgeScore" && contest._ref == $contestId';

/** Published contests of the public dataset, newest first. */
export const PUBLIC_CONTESTS = '*[_type == "contest" && !(_id in path("drafts.**"))] | order(opensAt desc, title asc){_id, title}';
/** One request: how many entries of a contest are in each status (the list titles show them). */
export const STATUS_COUNTS = `{${entryStatuses.map((status) => `"${status.value}": count(*[${ENTRIES_OF_CONTEST} && status == "${status.value}" && !(_id in path("drafts.**"))])`).join(', ')}}`;

interface ContestSummary {
  _id: string;
  title?: string;
}

type Context = Pick<StructureResolverContext, 'getClient'>;

const participationClient = (context: Context) => context.getClient({ apiVersion: API_VERSION });
const publicClient = (context: Context) => participationClient(context).withConfig({ dataset: publicDataset });

async function publicContests(context: Context): Promise<ContestSummary[]> {
  const contests = await publicClient(context).fetch<ContestSummary[] | null>(PUBLIC_CONTESTS, {}, { perspective: 'published' });
  return contests ?? [];
}

const contestTitle = (contest: ContestSummary) => contest.title?.trim() || `Cuộc thi ${contest._id}`;

function entriesOfContest(S: StructureBuilder, context: Context, contest: ContestSummary) {
  return async () => {
    const counts = await participationClient(context)
      .fetch<Record<string, number> | null>(STATUS_COUNTS, { contestId: contest._id }, { perspective: 'raw' })
      .catch(() => null);
    const withCount = (title: string, value: string) => (counts && typeof counts[value] === 'number' ? `${title} (${counts[value]})` : title);
    return S.list()
      .id('theo-trang-thai')
      .title(contestTitle(contest))
      .items([
        S.listItem()
          .id('tat-ca')
          .title('Tất cả')
          .schemaType('contestEntry')
          .child(
            S.documentList()
              .id('tat-ca')
              .title(`Bài dự thi: ${contestTitle(contest)}`)
              .schemaType('contestEntry')
              .apiVersion(API_VERSION)
              .filter(ENTRIES_OF_CONTEST)
              .params({ contestId: contest._id })
              .defaultOrdering([{ field: 'submittedAt', direction: 'desc' }]),
          ),
        ...entryStatuses.map((status) =>
          S.listItem()
            .id(status.value)
            .title(withCount(status.title, status.value))
            .schemaType('contestEntry')
            .child(
              S.documentList()
                .id(status.value)
                .title(status.title)
                .schemaType('contestEntry')
                .apiVersion(API_VERSION)
                .filter(ENTRIES_OF_CONTEST_WITH_STATUS)
                .params({ contestId: contest._id, status: status.value })
                .defaultOrdering([{ field: 'submittedAt', direction: 'desc' }]),
            ),
        ),
        S.divider(),
        S.listItem()
          .id('xep-hang')
          .title('Xếp hạng')
          .child(
            S.component(RankingView)
              .id('xep-hang')
              .title(`Xếp hạng: ${contestTitle(contest)}`)
              .options({ contestId: contest._id, contestTitle: contestTitle(contest), publicDataset }),
          ),
      ]);
  };
}

function byContest(
  S: StructureBuilder,
  context: Context,
  id: string,
  title: string,
  child: (contest: ContestSummary) => ReturnType<typeof entriesOfContest> | ReturnType<StructureBuilder['documentList']>,
) {
  return async () => {
    const contests = await publicContests(context);
    return S.list()
      .id(id)
      .title(title)
      .items(
        contests.length === 0
          ? [S.listItem().id('chua-co-cuoc-thi').title('Chưa có cuộc thi nào trong dataset công khai').child(S.component(() => createElement('p', null, 'Tạo cuộc thi ở không gian "Gương sáng" trước.')).id('trong'))]
          : contests.map((contest) => S.listItem().id(contest._id).title(contestTitle(contest)).child(child(contest))),
      );
  };
}

export const participationStructure: StructureResolver = (S, context) =>
  S.list()
    .id('tham-gia')
    .title('Tham gia (riêng tư)')
    .items([
      S.listItem()
        .id('bai-du-thi')
        .title('Bài dự thi')
        .schemaType('contestEntry')
        .child(byContest(S, context, 'bai-du-thi', 'Bài dự thi theo cuộc thi', (contest) => entriesOfContest(S, context, contest))),
      S.listItem()
        .id('de-cu')
        .title('Đề cử')
        .schemaType('nomination')
        .child(
          S.list()
            .id('de-cu')
            .title('Đề cử gương điển hình')
            .items([
              S.listItem()
                .id('tat-ca')
                .title('Tất cả')
                .schemaType('nomination')
                .child(S.documentTypeList('nomination').id('tat-ca').title('Tất cả đề cử').apiVersion(API_VERSION).defaultOrdering([{ field: 'submittedAt', direction: 'desc' }])),
              ...nominationStatuses.map((status) =>
                S.listItem()
                  .id(status.value)
                  .title(status.title)
                  .schemaType('nomination')
                  .child(
                    S.documentList()
                      .id(status.value)
                      .title(status.title)
                      .schemaType('nomination')
                      .apiVersion(API_VERSION)
                      .filter(NOMINATIONS_WITH_STATUS)
                      .params({ status: status.value })
                      .defaultOrdering([{ field: 'submittedAt', direction: 'desc' }]),
                  ),
              ),
            ]),
        ),
      S.listItem()
        .id('giam-khao')
        .title('Giám khảo')
        .schemaType('judge')
        .child(S.documentTypeList('judge').id('giam-khao').title('Giám khảo').apiVersion(API_VERSION).defaultOrdering([{ field: 'name', direction: 'asc' }])),
      S.listItem()
        .id('phieu-cham')
        .title('Phiếu chấm')
        .schemaType('judgeScore')
        .child(
          byContest(S, context, 'phieu-cham', 'Phiếu chấm theo cuộc thi', (contest) =>
            S.documentList()
              .id('phieu-cham')
              .title(`Phiếu chấm: ${contestTitle(contest)}`)
              .schemaType('judgeScore')
              .apiVersion(API_VERSION)
              .filter(SCORES_OF_CONTEST)
              .params({ contestId: contest._id })
              .defaultOrdering([{ field: 'scoredAt', direction: 'desc' }]),
          ),
        ),
    ]);
