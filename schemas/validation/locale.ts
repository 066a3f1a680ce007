/**
 * Vietnamese messages for Sanity's built-in validation (required, list values, URL, slug…), used
 * by `validateDataset`. The Studio gets the same from @sanity/locale-vi-vn; Node has no Studio, and
 * @sanity/validation would otherwise fall back to English.
 */
const MESSAGES: Readonly<Record<string, string>> = {
  'array.exact-length': 'Phải có đúng {{wantedLength}} mục',
  'array.exact-length_blocks': 'Phải có đúng {{wantedLength}} khối',
  'array.item-duplicate': 'Mục này bị trùng',
  'array.maximum-length': 'Chỉ được có tối đa {{maxLength}} mục',
  'array.maximum-length_blocks': 'Chỉ được có tối đa {{maxLength}} khối',
  'array.minimum-length': 'Cần ít nhất {{minLength}} mục',
  'array.minimum-length_blocks': 'Cần ít nhất {{minLength}} khối',
  'date.invalid-format': 'Ngày giờ không đúng định dạng ISO-8601',
  'date.maximum': 'Phải trước hoặc đúng {{maxDate}}',
  'date.minimum': 'Phải sau hoặc đúng {{minDate}}',
  'generic.incorrect-type': 'Sai kiểu dữ liệu: cần "{{expectedType}}", nhận "{{actualType}}"',
  'generic.not-allowed': 'Giá trị không có trong danh sách cho phép',
  'generic.not-allowed_hint': 'Giá trị "{{hint}}" không có trong danh sách cho phép',
  'generic.required': 'Bắt buộc',
  'number.greater-than': 'Phải lớn hơn {{threshold}}',
  'number.less-than': 'Phải nhỏ hơn {{threshold}}',
  'number.maximum': 'Phải nhỏ hơn hoặc bằng {{maxNumber}}',
  'number.maximum-precision': 'Tối đa {{limit}} chữ số thập phân',
  'number.minimum': 'Phải lớn hơn hoặc bằng {{minNumber}}',
  'number.non-integer': 'Phải là số nguyên',
  'object.asset-required': 'Cần tải tệp lên',
  'object.asset-required_file': 'Cần tải tệp lên',
  'object.asset-required_image': 'Cần tải ảnh lên',
  'object.media-not-found': 'Không tìm thấy tệp trong thư viện',
  'object.not-media-library-asset': 'Phải là tệp trong thư viện',
  'object.not-reference': 'Phải là tham chiếu tới một tài liệu',
  'object.reference-not-published': 'Tài liệu được tham chiếu chưa xuất bản ({{documentId}})',
  'slug.missing-current': 'Đường dẫn (slug) chưa có giá trị',
  'slug.not-object': 'Đường dẫn (slug) sai cấu trúc',
  'slug.not-unique': 'Đường dẫn (slug) đã được dùng cho tài liệu khác cùng loại',
  'string.email': 'Địa chỉ email không hợp lệ',
  'string.exact-length': 'Phải có đúng {{wantedLength}} ký tự',
  'string.lowercase': 'Chỉ dùng chữ thường',
  'string.maximum-length': 'Tối đa {{maxLength}} ký tự',
  'string.minimum-length': 'Cần ít nhất {{minLength}} ký tự',
  'string.regex-does-not-match': 'Không đúng định dạng "{{name}}"',
  'string.regex-match': 'Không được có dạng "{{name}}"',
  'string.uppercase': 'Chỉ dùng chữ hoa',
  'string.url.disallowed-scheme': 'Giao thức "{{scheme}}" không được phép',
  'string.url.includes-credentials': 'Đường dẫn không được chứa tên đăng nhập/mật khẩu',
  'string.url.invalid': 'Đường dẫn không hợp lệ',
  'string.url.not-absolute': 'Cần đường dẫn đầy đủ (bắt đầu bằng https://)',
  'string.url.not-relative': 'Chỉ chấp nhận đường dẫn tương đối',
};

function interpolate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Same lookup rules as i18next for these keys: `ns:` prefix, then `key_context`, then `key`. */
export function translateValidationKey(key: string, options: Record<string, unknown> = {}): string {
  const bare = key.replace(/^validation:/, '');
  const context = typeof options['context'] === 'string' && options['context'] !== '' ? options['context'] : undefined;
  const template = (context ? MESSAGES[`${bare}_${context}`] : undefined) ?? MESSAGES[bare];
  return template === undefined ? bare : interpolate(template, options);
}

/** A `LocaleSource` (as @sanity/validation expects) that answers in Vietnamese. */
export const vietnameseValidationLocale = {
  currentLocale: { id: 'vi-VN' },
  loadNamespaces: async (_namespaces: string[]): Promise<void> => {},
  t: (key: string | string[], options?: Record<string, unknown>): string =>
    translateValidationKey(Array.isArray(key) ? (key[0] ?? '') : key, options),
};
