// N-1 [D] (docs/statute.md §2.5, §5 item 1): figures in the prose must equal the tables — received, completed, carried
// forward, counts by outcome, review and litigation, fees; percentages must come from the table totals.
import type { Finding } from '../../findings.ts';
import { findNarrativeFigures, type NarrativeFigure } from '../narrative/index.ts';
import type { RuleContext } from './context.ts';
import { finding, formatNumber, notChecked } from './finding.ts';

export function checkNarrativeFigures({ report, severities }: RuleContext): Finding[] {
  const figures = findNarrativeFigures(report).filter((figure) => figure.aggregate !== 'processingFee');
  if (figures.length === 0) return [notChecked('N-1', {}, '叙述中没有找到可与表格核对的数字')];
  const findings = figures
    .filter((figure) => figure.tableValue !== null && !figure.matched)
    .map((figure) =>
      finding(
        'N-1',
        severities['N-1'],
        { section: figure.section, ...figure.location },
        figure.tableValue,
        figure.value,
        message(figure),
      ),
    );
  // One notChecked per cause, each naming its figures: a refused table 三 must not hide a checked table 四.
  const uncomparable = new Map<string, string[]>();
  for (const figure of figures) {
    if (figure.tableValue !== null) continue;
    const why = figure.uncheckedReason ?? '表格中没有对应的单元格';
    uncomparable.set(why, [...(uncomparable.get(why) ?? []), `“${figure.quote}”`]);
  }
  for (const [why, quotes] of uncomparable)
    findings.push(notChecked('N-1', {}, `${quotes.join('、')}：${why}，无法核对`));
  return findings;
}

function message(figure: NarrativeFigure): string {
  const { table, row, column } = figure.location;
  const unit = figure.unit === '%' ? '%' : figure.unit === '元' || figure.unit === '万元' ? figure.unit : '';
  const stated = `${formatNumber(figure.value)}${unit}`;
  const where =
    figure.unit === '%' ? `按表“${table}”计算的${figure.label}` : `表“${table}”中“${row}”的${column}`;
  const base = `“${figure.section}”中“${figure.quote}”写的是 ${stated}，而${where}为 ${formatNumber(figure.tableValue!)}${unit}`;
  return figure.matchesInstead === null
    ? `${base}，两者不一致`
    : `${base}；${stated} 恰等于${figure.matchesInstead}，疑将其当作了${figure.label}`;
}
