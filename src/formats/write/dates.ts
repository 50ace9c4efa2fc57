// Dates as official documents print them (GB/T 9704-2012 §7.3.5.3; docs/statute.md §6.3): Arabic numerals, the full year,
// no zero padding — 2024年1月5日.
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
