import { exemplarKinds, lifecycleStages } from '@guong-sang/schemas';
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure';
import { API_VERSION } from '../env.ts';
import { EXEMPLAR_IN_PROVINCE_TEMPLATE, EXEMPLAR_TEMPLATE } from '../templates.ts';
import { EXEMPLAR_TYPE, EXEMPLARS_AT_STAGE, EXEMPLARS_IN_PROVINCE, EXEMPLARS_OF_KIND } from './filters.ts';

const BY_NAME = [{ field: 'name', direction: 'asc' as const }];

/** "Gương điển hình": all, by lifecycle stage, by province, by kind (individual / collective). */
export function exemplarsItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('guong-dien-hinh')
    .title('Gương điển hình')
    .schemaType(EXEMPLAR_TYPE)
    .child(
      S.list()
        .id('guong-dien-hinh')
        .title('Gương điển hình')
        .items([
          S.listItem()
            .id('tat-ca')
            .title('Tất cả')
            .schemaType(EXEMPLAR_TYPE)
            .child(
              S.documentTypeList(EXEMPLAR_TYPE)
                .id('tat-ca-guong-dien-hinh')
                .title('Tất cả gương điển hình')
                .apiVersion(API_VERSION)
                .defaultOrdering(BY_NAME),
            ),
          byStageItem(S),
          byProvinceItem(S),
          byKindItem(S),
        ]),
    );
}

/** One list per lifecycle stage, in the order of the (editable) vocabulary. */
function byStageItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('theo-giai-doan')
    .title('Theo giai đoạn')
    .child(
      S.list()
        .id('theo-giai-doan')
        .title('Theo giai đoạn')
        .items(
          lifecycleStages.map((stage) =>
            S.listItem()
              .id(stage.value)
              .title(stage.title)
              .schemaType(EXEMPLAR_TYPE)
              .child(
                S.documentList()
                  .id(`giai-doan-${stage.value}`)
                  .title(stage.title)
                  .schemaType(EXEMPLAR_TYPE)
                  .apiVersion(API_VERSION)
                  .filter(EXEMPLARS_AT_STAGE)
                  .params({ stage: stage.value })
                  .defaultOrdering(BY_NAME)
                  .initialValueTemplates([S.initialValueTemplateItem(EXEMPLAR_TEMPLATE)]),
              ),
          ),
        ),
    );
}

function byProvinceItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('theo-tinh-thanh-pho')
    .title('Theo tỉnh, thành phố')
    .schemaType('province')
    .child(
      S.documentTypeList('province')
        .id('tinh-thanh-pho')
        .title('Theo tỉnh, thành phố')
        .apiVersion(API_VERSION)
        .defaultOrdering([
          { field: 'order', direction: 'asc' },
          { field: 'name', direction: 'asc' },
        ])
        .child((provinceId: string) => exemplarsInProvinceList(S, provinceId)),
    );
}

/** The exemplars of one province, with "new exemplar" creating it in that province. */
export function exemplarsInProvinceList(S: StructureBuilder, provinceId: string) {
  return S.documentList()
    .id(`guong-dien-hinh-tinh-${provinceId}`)
    .title('Gương điển hình ở tỉnh, thành phố')
    .schemaType(EXEMPLAR_TYPE)
    .apiVersion(API_VERSION)
    .filter(EXEMPLARS_IN_PROVINCE)
    .params({ provinceId })
    .defaultOrdering(BY_NAME)
    .initialValueTemplates([S.initialValueTemplateItem(EXEMPLAR_IN_PROVINCE_TEMPLATE, { provinceId })]);
}

function byKindItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('theo-loai')
    .title('Theo loại cá nhân / tập thể')
    .child(
      S.list()
        .id('theo-loai')
        .title('Theo loại cá nhân / tập thể')
        .items(
          exemplarKinds.map((kind) =>
            S.listItem()
              .id(kind.value)
              .title(kind.title)
              .schemaType(EXEMPLAR_TYPE)
              .child(
                S.documentList()
                  .id(`loai-${kind.value}`)
                  .title(kind.title)
                  .schemaType(EXEMPLAR_TYPE)
                  .apiVersion(API_VERSION)
                  .filter(EXEMPLARS_OF_KIND)
                  .params({ kind: kind.value })
                  .defaultOrdering(BY_NAME),
              ),
          ),
        ),
    );
}
