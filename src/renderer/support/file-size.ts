/** File sizes as people read them: de "1,5 MB", "820 kB"; en "1.5 MB", "820 kB". */
import { localeOf } from '../format';

const KB = 1024;
const MB = 1024 * 1024;

export function formatFileSize(bytes: number, lang: string): string {
  const locale = localeOf(lang);
  if (bytes >= MB) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / MB);
  }
  if (bytes >= KB) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    }).format(bytes / KB);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte' }).format(bytes);
}
