// The year a supervisor's annual-report pages show: in the URL (?year=), by default the last finished year — the
// one whose reports are being published now (《条例》第四十九条).
import { useSearchParams } from 'react-router';

export const FIRST_REPORT_YEAR = 2019;

export function useReportYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  return [year, (next) => setParams({ year: String(next) })];
}

export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() - 1;
  return Array.from({ length: last - FIRST_REPORT_YEAR + 1 }, (_, i) => last - i).map((y) => ({
    value: y,
    label: `${y} 年度`,
  }));
}
