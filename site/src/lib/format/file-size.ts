const fileSizeNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file size the Vietnamese way: "1,3 MB", "860 KB" (1 MB = 1024 × 1024 bytes, never "0 KB"). */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${fileSizeNumber.format(bytes / (1024 * 1024))} MB`;
  return `${fileSizeNumber.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
