export * from './types.ts';
export { storyFormats } from './storyFormats.ts';
export { creditRoles } from './creditRoles.ts';
export { exemplarKinds, exemplarRoles, individualRoles, collectiveRoles } from './exemplarRoles.ts';
export { educationLevels } from './educationLevels.ts';
export { lifecycleStages } from './lifecycleStages.ts';
export { honourCategories, honourLevels } from './honours.ts';
export {
  organisationKinds,
  columnKinds,
  themeKinds,
  themeSelections,
  eventKinds,
  contestPlacings,
  pageSizes,
  socialPlatforms,
} from './kinds.ts';
export { videoEmbedProviders, audioEmbedProviders, embedProviders } from './embedProviders.ts';
export { provinces, provinceKinds, provinceDocuments, type ProvinceEntry, type ProvinceKind } from './provinces.ts';
