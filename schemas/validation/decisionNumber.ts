/**
 * Vietnamese legal document numbers: "1234/QĐ-BGDĐT", "1526/QĐ-TTg", "595/KH-BGDĐT",
 * "202/2025/QH15". A number, an optional year, then the document kind and issuer separated by "-".
 * Odd formats are only a warning: older decisions and school-level decisions vary.
 */
const DECISION_NUMBER = /^\d{1,6}(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u;

export function isDecisionNumber(value: string): boolean {
  return DECISION_NUMBER.test(value);
}

export function decisionNumberValidator(value: unknown): true | { message: string; code: string } {
  if (typeof value !== 'string' || value === '' || isDecisionNumber(value)) return true;
  return {
    message: `Số quyết định "${value}" có dạng lạ. Thường là số/ký hiệu, ví dụ 1234/QĐ-BGDĐT hoặc 1526/QĐ-TTg.`,
    code: 'custom.decision-number',
  };
}
