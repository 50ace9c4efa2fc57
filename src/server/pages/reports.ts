// 政府信息公开年报: the list of the agency's published annual reports (due by 31 January from a department, by 31
// March from a government, 《条例》第四十九条), and one report as accessible HTML in the site's frame — the report's
// title as the page's h1, sections 一…六 as h2, tables with captions and scoped headers (the HTML writer's own
// rendering, formats/write/html.ts) — with its DOCX and XLSX downloads and the record of its versions and
// corrections. Everything shown is the frozen published report.
import type { ReportPublication } from '../../contracts/reports.ts';
import {
  publishedReportHtml,
  type PublishedDownload,
  type PublishedReportView,
} from '../../services/reports/published.ts';
import { Html, html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';
import type { PortalAgency } from './site.ts';

const titleOf = (agency: SiteAgency, year: number) => `${agency.name}${year}年政府信息公开工作年度报告`;

/** The path of a year's report (its latest version unless `version`), or of its download. */
export function reportPath(
  agency: SiteAgency,
  year: number,
  { version, extension }: { version?: number; extension?: PublishedDownload } = {},
): string {
  const file = `${year}${extension ? `.${extension}` : ''}`;
  return sitePath(agency, 'reports', file) + (version ? `?version=${version}` : '');
}

function correctionMark(p: ReportPublication): Html | '' {
  return p.version > 1 ? html`<span class="corrected">已更正（第 ${p.version} 版）</span>` : '';
}

export function reportListPage(
  agency: PortalAgency,
  latest: readonly ReportPublication[],
  frame: PageFrame,
): string {
  return page(
    '政府信息公开工作年度报告',
    html`<h1>政府信息公开工作年度报告</h1>
      <p>
        本机关每年${agency.level === 'government' ? ' 3 月 31 日' : ' 1 月 31 日'}前公布上一年度的政府信息公开工作年度报告（《中华人民共和国政府信息公开条例》第四十九条）。报告发布后如有更正，这里显示最新版本，更正前的版本和更正说明可在报告页面查看。
      </p>
      ${
        latest.length === 0
          ? html`<p>本机关尚未在本平台发布年度报告。</p>`
          : html`<ul class="items">
              ${latest.map(
                (p) =>
                  html`<li>
                    <span
                      ><a href="${reportPath(agency, p.year)}">${titleOf(agency, p.year)}</a>
                      ${correctionMark(p)}</span
                    >
                    <span>发布日期 <time datetime="${p.publishedOn}">${p.publishedOn}</time></span>
                  </li>`,
              )}
            </ul>`
      }
      <p>任何机关的年度报告都可以在<a href="/checkup">年报体检</a>中检查表格和格式。</p>`,
    frame,
  );
}

export function reportPage(agency: SiteAgency, view: PublishedReportView, frame: PageFrame): string {
  const { publication, versions } = view;
  const { report, year, version } = publication;
  const title = report.title ?? titleOf(agency, year);
  const latest = versions[0]!;
  const superseded = latest.version !== version;
  const first = versions[versions.length - 1]!;
  // Markup made by the report writer, every text in it escaped there.
  const body = new Html(publishedReportHtml(report));
  return page(
    superseded ? `${title}（第 ${version} 版）` : title,
    html`<article class="report">
      <h1>${title}</h1>
      ${
        superseded
          ? html`<p class="banner notice" role="note">
              这是 ${publication.publishedOn} 发布的第 ${version} 版，已于 ${latest.publishedOn} 更正。
              <a href="${reportPath(agency, year)}">查看更正后的最新版本</a>
            </p>`
          : ''
      }
      <dl class="facts">
        <dt>发布日期</dt>
        <dd><time datetime="${publication.publishedOn}">${publication.publishedOn}</time></dd>
        ${
          version > 1
            ? html`<dt>首次发布</dt>
                <dd>
                  <time datetime="${first.publishedOn}">${first.publishedOn}</time>（本版为第 ${version} 版）
                </dd>
                <dt>更正说明</dt>
                <dd>${publication.correctionNote}</dd>`
            : ''
        }
        <dt>下载</dt>
        <dd>
          <a
            href="${reportPath(agency, year, { version: superseded ? version : undefined, extension: 'pdf' })}"
            >PDF 文件</a
          >
          ·
          <a
            href="${reportPath(agency, year, { version: superseded ? version : undefined, extension: 'docx' })}"
            >Word 文档（DOCX）</a
          >
          ·
          <a
            href="${reportPath(agency, year, { version: superseded ? version : undefined, extension: 'xlsx' })}"
            >Excel 表格（XLSX）</a
          >
        </dd>
      </dl>
      <p class="hint scroll-hint">表格较宽，可在表格上左右滑动查看全部数据。</p>
      <div class="report-body">${body}</div>
      ${versions.length > 1 ? versionHistory(agency, versions, version) : ''}
    </article>`,
    frame,
  );
}

/** Every version of the year, newest first, each with its 更正说明; the one on the page is not a link. */
function versionHistory(agency: SiteAgency, versions: readonly ReportPublication[], shown: number): Html {
  return html`<h2>发布和更正记录</h2>
    <ol class="versions" reversed>
      ${versions.map(
        (v) =>
          html`<li>
            ${
              v.version === shown
                ? html`<strong>第 ${v.version} 版（本页）</strong>`
                : html`<a
                    href="${reportPath(agency, v.year, v === versions[0] ? {} : { version: v.version })}"
                    >第 ${v.version} 版</a
                  >`
            }，<time datetime="${v.publishedOn}">${v.publishedOn}</time> 发布${
              v.correctionNote ? html`。更正说明：${v.correctionNote}` : '（首次发布）'
            }
          </li>`,
      )}
    </ol>`;
}
