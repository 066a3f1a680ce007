import { column } from './types/documents/column.ts';
import { contest } from './types/documents/contest.ts';
import { event } from './types/documents/event.ts';
import { exemplar } from './types/documents/exemplar.ts';
import { honour } from './types/documents/honour.ts';
import { organisation } from './types/documents/organisation.ts';
import { person } from './types/documents/person.ts';
import { province } from './types/documents/province.ts';
import { publication } from './types/documents/publication.ts';
import { siteSettings } from './types/documents/siteSettings.ts';
import { story } from './types/documents/story.ts';
import { theme } from './types/documents/theme.ts';
import { contestEntry } from './types/participation/contestEntry.ts';
import { judge } from './types/participation/judge.ts';
import { judgeScore } from './types/participation/judgeScore.ts';
import { nomination } from './types/participation/nomination.ts';
import { consentRecord, criterionScore, entrant, legalRepresentative, nominator, nominee, privateContact, rubricCriterion } from './types/participation/objects.ts';
import { accessibleImage } from './types/objects/accessibleImage.ts';
import { achievement } from './types/objects/achievement.ts';
import { audioEmbed } from './types/objects/audioEmbed.ts';
import { contactInfo } from './types/objects/contactInfo.ts';
import { contestLimits } from './types/objects/contestLimits.ts';
import { credit } from './types/objects/credit.ts';
import { exemplarCard } from './types/objects/exemplarCard.ts';
import { factBox } from './types/objects/factBox.ts';
import { gallery } from './types/objects/gallery.ts';
import { internalLink } from './types/objects/internalLink.ts';
import { lifecycle } from './types/objects/lifecycle.ts';
import { lifecycleEvent } from './types/objects/lifecycleEvent.ts';
import { link } from './types/objects/link.ts';
import { navItem } from './types/objects/navItem.ts';
import { period } from './types/objects/period.ts';
import { portableText } from './types/objects/portableText.ts';
import { prize } from './types/objects/prize.ts';
import { pullQuote } from './types/objects/pullQuote.ts';
import { republication } from './types/objects/republication.ts';
import { sectionChapter } from './types/objects/sectionChapter.ts';
import { seo } from './types/objects/seo.ts';
import { simplePortableText } from './types/objects/simplePortableText.ts';
import { socialLink } from './types/objects/socialLink.ts';
import { source } from './types/objects/source.ts';
import { storyChapter } from './types/objects/storyChapter.ts';
import { venue } from './types/objects/venue.ts';
import { videoEmbed } from './types/objects/videoEmbed.ts';

/** Document types, in the order the Studio's default structure lists them. */
export const documentTypes = [
  story,
  exemplar,
  honour,
  theme,
  column,
  publication,
  contest,
  event,
  person,
  organisation,
  province,
  siteSettings,
];

/**
 * Public participation (issue 11). `contestEntry` is also in the public dataset (whitelisted public
 * records only); `nomination`, `judge` and `judgeScore` live only in the private store.
 */
export const participationDocumentTypes = [contestEntry, nomination, judge, judgeScore];

export { PRIVATE_DOCUMENT_TYPES } from './participation/vocabulary.ts';

export const objectTypes = [
  accessibleImage,
  link,
  internalLink,
  portableText,
  simplePortableText,
  gallery,
  pullQuote,
  factBox,
  videoEmbed,
  audioEmbed,
  exemplarCard,
  credit,
  source,
  seo,
  storyChapter,
  sectionChapter,
  achievement,
  lifecycle,
  lifecycleEvent,
  prize,
  venue,
  period,
  republication,
  contestLimits,
  navItem,
  socialLink,
  contactInfo,
  entrant,
  privateContact,
  legalRepresentative,
  consentRecord,
  nominee,
  nominator,
  rubricCriterion,
  criterionScore,
];

/** Everything `defineConfig({ schema: { types: schemaTypes } })` needs. */
export const schemaTypes = [...documentTypes, ...participationDocumentTypes, ...objectTypes];

export { SINGLETON_IDS, SINGLETON_TYPES, SITE_SETTINGS_ID } from './singletons.ts';
