// 年报体检 (/checkup): anyone uploads a published annual report and sees what our reader read — its title, agency,
// year and tables — and every finding of the checker with its rule, where it is (the cells involved) and the figures
// compared. The form works without JavaScript; the result is shown once and kept nowhere.
import { bySeverity, describeLocation, type Finding, type Severity } from '../../core/findings.ts';
import { SEVERITY_LABELS } from '../../core/finding-labels.ts';
import { ruleLabel } from '../../core/report/check/rule-labels.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { reportFragmentHtml } from '../../formats/write/html.ts';
import { formatBytes } from '../../formats/read/limits.ts';
import { errorSummary, fileField } from './form.ts';
import { Html, html } from './html.ts';
import { page, type PageFrame } from './layout.ts';

export const CHECKUP_PATH = '/checkup';
export const CHECKUP_FIELD = 'report';
const ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md';
const FIELD_LABEL = '年度报告文件';

/** What the page says the check covers, in the order a reader cares. */
const WHAT_IS_CHECKED = [
  '表三：新收、上年结转、办结、结转下年度是否平衡，各行各列的总计是否等于分项之和',
  '表四：行政复议、行政诉讼的总计是否等于各结果之和',
  '表二：规章、规范性文件和收费的填报是否合理',
  '正文：一至六部分是否齐全、顺序和标题是否符合格式，正文中的数字是否与表格一致',
  '公布期限：部门 1 月 31 日前、政府 3 月 31 日前（《条例》第四十九条）',
];

function uploadForm(maxBytes: number, error: string | null): Html {
  return html`${error ? errorSummary({ [CHECKUP_FIELD]: error }, { [CHECKUP_FIELD]: FIELD_LABEL }) : ''}
    <form method="post" action="${CHECKUP_PATH}" enctype="multipart/form-data">
      ${fileField(
        {
          name: CHECKUP_FIELD,
          label: FIELD_LABEL,
          hint: `PDF、Word（DOCX）、网页（HTML）、纯文本（TXT）或 Markdown 文件，不超过 ${formatBytes(maxBytes)}。`,
          required: true,
          accept: ACCEPT,
        },
        error ? { [CHECKUP_FIELD]: error } : {},
      )}
      <button type="submit">开始体检</button>
    </form>`;
}

/** The form, with the reason the last upload was refused when there is one. */
export function checkupFormPage(frame: PageFrame, maxBytes: number, error: string | null = null): string {
  return page(
    '年报体检',
    html`<h1>年报体检</h1>
      <p>
        上传任何机关已经公布的政府信息公开工作年度报告，查看本平台从中读出的表格，以及按国家规定格式和《中华人民共和国政府信息公开条例》逐项检查的结果。
        读取和检查与机关工作人员使用的程序相同，结果只显示在本页；文件检查完即丢弃，不保存、不记录。
      </p>
      ${uploadForm(maxBytes, error)}
      <h2>检查哪些内容</h2>
      <ul class="plain">
        ${WHAT_IS_CHECKED.map((line) => html`<li>${line}</li>`)}
      </ul>`,
    frame,
  );
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notChecked', 'info'];

function figures(f: Finding): Html | '' {
  if (f.expected === null && f.actual === null) return '';
  return html`<p class="hint">
    ${f.expected !== null ? html`应为 ${f.expected}` : ''}${f.expected !== null && f.actual !== null ? '，' : ''}${
      f.actual !== null ? html`实为 ${f.actual}` : ''
    }
  </p>`;
}

function findingList(findings: readonly Finding[]): Html {
  if (findings.length === 0) return html`<p class="result">检查器没有发现问题。</p>`;
  const groups = SEVERITY_ORDER.map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.items.length > 0);
  return html`${groups.map(
    (g) =>
      html`<h3>${SEVERITY_LABELS[g.severity]}（${g.items.length} 项）</h3>
        <ol class="findings ${g.severity}">
          ${g.items.map(
            (f) =>
              html`<li>
                <p><strong>${f.rule}</strong> ${ruleLabel(f.rule)}</p>
                ${describeLocation(f.location) ? html`<p class="where">位置：${describeLocation(f.location)}</p>` : ''}
                <p>${f.message}</p>
                ${figures(f)}
              </li>`,
          )}
        </ol>`,
  )}`;
}

function counts(findings: readonly Finding[]): string {
  const of = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `必须修改 ${of('error')} 项，建议修改 ${of('warning')} 项，未检查 ${of('notChecked')} 项`;
}

export function checkupResultPage(
  frame: PageFrame,
  file: { name: string; size: number },
  report: AnnualReport,
  findings: readonly Finding[],
): string {
  const sorted = [...findings].sort(bySeverity);
  // Markup made by the report writer, every text in it escaped there; the title is shown above, not again.
  const body = new Html(
    reportFragmentHtml({ ...report, title: null }, { sectionHeading: 'h3', scrollableTables: true }),
  );
  return page(
    '年报体检结果',
    html`<h1>年报体检结果</h1>
      <dl class="facts">
        <dt>文件</dt>
        <dd>${file.name}（${formatBytes(file.size)}）</dd>
        <dt>报告标题</dt>
        <dd>${report.title ?? '（未读出标题）'}</dd>
        <dt>机关</dt>
        <dd>${report.agency ?? '（未读出）'}</dd>
        <dt>年度</dt>
        <dd>${report.year ?? '（未读出）'}</dd>
        <dt>发布日期</dt>
        <dd>${report.publishedOn ?? '（未读出）'}</dd>
      </dl>
      <p class="${sorted.some((f) => f.severity === 'error') ? 'banner' : 'banner notice'}" role="status">
        ${counts(sorted)}。
      </p>
      <h2>检查结果</h2>
      ${findingList(sorted)}
      <h2>读到的报告</h2>
      <p class="hint scroll-hint">以下是本平台从文件中读出的内容；表格较宽时可左右滑动查看。</p>
      <div class="report-body">${body}</div>
      <p><a href="${CHECKUP_PATH}">检查另一份报告</a></p>`,
    frame,
  );
}
