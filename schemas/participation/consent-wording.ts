/**
 * The consent sentences, word for word. The forms show them next to their checkboxes and the intake
 * stores the exact sentence and `CONSENT_WORDING_VERSION` in each consent record, so what a person
 * agreed to can always be shown (Law 91/2025/QH15: consent must be clear, specific and provable).
 * Changing any sentence requires a new version.
 */
import type { ConsentGiver, ConsentPurpose } from './vocabulary.ts';

export { CONSENT_WORDING_VERSION } from './form-fields.ts';

export type ConsentWordingKey = 'entry-processing' | 'entry-publish' | 'entry-child-publish' | 'nomination-processing' | 'nomination-nominee';

export interface ConsentWording {
  purpose: ConsentPurpose;
  /** Who ticks the box when the data subject is an adult; for a child the representative ticks it. */
  givenBy: ConsentGiver;
  text: string;
}

export const CONSENT_WORDINGS: Readonly<Record<ConsentWordingKey, ConsentWording>> = {
  'entry-processing': {
    purpose: 'xu-ly',
    givenBy: 'ban-than',
    text:
      'Tôi đồng ý để Ban tổ chức xử lý các thông tin cá nhân trong bài dự thi này (họ tên, năm sinh, trường, tỉnh, thư điện tử, số điện thoại, địa chỉ) chỉ để tổ chức, chấm và trao giải cuộc thi; tôi có thể rút lại sự đồng ý và yêu cầu xóa dữ liệu bất cứ lúc nào bằng mã biên nhận.',
  },
  'entry-publish': {
    purpose: 'cong-bo',
    givenBy: 'ban-than',
    text:
      'Tôi đồng ý để Ban tổ chức công bố trên trang Gương sáng những thông tin tôi đã đánh dấu bên dưới, cùng tên tác phẩm, khi bài dự thi được công nhận hợp lệ hoặc đạt giải; thông tin liên hệ không bao giờ được công bố.',
  },
  'entry-child-publish': {
    purpose: 'cong-bo',
    givenBy: 'tre-em',
    text: 'Em (người dự thi từ đủ 7 đến dưới 16 tuổi) đã được giải thích và đồng ý công bố những thông tin đã đánh dấu bên dưới.',
  },
  'nomination-processing': {
    purpose: 'xu-ly',
    givenBy: 'ban-than',
    text:
      'Tôi đồng ý để Ban biên tập xử lý thông tin trong đề cử này, gồm thông tin liên hệ của tôi, chỉ để xem xét, xác minh và liên hệ về đề cử; tôi có thể rút lại sự đồng ý và yêu cầu xóa dữ liệu bất cứ lúc nào bằng mã biên nhận.',
  },
  'nomination-nominee': {
    purpose: 'xu-ly',
    givenBy: 'nguoi-dai-dien',
    text:
      'Người được đề cử (hoặc người đại diện theo pháp luật nếu người được đề cử dưới 16 tuổi) đã biết và đồng ý được đề cử, và đồng ý để Ban biên tập liên hệ, xác minh thông tin về mình.',
  },
};
