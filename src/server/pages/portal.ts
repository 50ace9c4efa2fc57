// The platform index (the agencies that publish here) and an agency's 政府信息公开 column home: what the column
// holds, the latest published items, and the two ways to ask for information.
import type { Publication } from '../../core/publications/publication.ts';
import { AGENCY_LEVEL_LABELS } from '../../core/agencies.ts';
import { html } from './html.ts';
import { itemList } from './item-list.ts';
import { COLUMN_SECTIONS, page, sitePath, type PageFrame } from './layout.ts';
import type { PortalAgency } from './site.ts';

export function platformIndexPage(agencies: readonly PortalAgency[], frame: PageFrame): string {
  return page(
    '首页',
    html`<h1>政府信息公开平台</h1>
      <p>
        以下机关通过本平台公开政府信息、受理政府信息公开申请。请选择机关，查阅其政府信息公开指南、主动公开的信息和年度报告，
        或者向其提出申请（《中华人民共和国政府信息公开条例》第十二条、第二十七条）。
      </p>
      ${
        agencies.length === 0
          ? html`<p>目前还没有机关在本平台公开信息。</p>`
          : html`<ul class="cards">
              ${agencies.map(
                (a) =>
                  html`<li>
                    <a href="${sitePath(a, 'home')}">${a.name}</a>
                    <p>${AGENCY_LEVEL_LABELS[a.level]} · 政府信息公开专栏</p>
                  </li>`,
              )}
            </ul>`
      }
      <h2>年报体检</h2>
      <p>
        想知道一份政府信息公开工作年度报告的表格是否平衡、格式是否规范？可以上传任何机关已公布的年度报告，进行<a
          href="/checkup"
          >年报体检</a
        >。
      </p>
      <h2>已经提交过申请？</h2>
      <p>凭提交申请时获得的查询号和查询码，可以<a href="/track">查询办理进度和答复</a>。</p>
      <p class="staff-entry">机关工作人员请从<a href="/console/login">工作人员登录</a>进入工作台。</p>`,
    frame,
  );
}

const COLUMN_BLURBS = {
  guide: '公开的范围和方式、申请的渠道和要求、办理时限、收费标准，以及工作机构的地址、电话和办公时间。',
  rules: '本机关关于主动公开、依申请公开、保密审查等工作的制度文件。',
  catalogue: '按《条例》第二十条等规定主动公开的政府信息，可以按类别、年份筛选或者全文检索。',
  reports: '每年 1 月 31 日前公布的上一年度政府信息公开工作年度报告（《条例》第四十九条）。',
  apply: '在线提交政府信息公开申请，附上身份证明；提交后凭查询号和查询码查询进度、阅读答复。',
} as const;

export function columnHomePage(
  agency: PortalAgency,
  latest: readonly Publication[],
  frame: PageFrame,
): string {
  return page(
    '政府信息公开',
    html`<h1>${agency.name}政府信息公开</h1>
      <ul class="cards">
        ${(Object.keys(COLUMN_BLURBS) as (keyof typeof COLUMN_BLURBS)[]).map(
          (key) =>
            html`<li>
              <a href="${sitePath(agency, key)}">${COLUMN_SECTIONS[key].label}</a>
              <p>${COLUMN_BLURBS[key]}</p>
            </li>`,
        )}
      </ul>
      <h2>最新发布</h2>
      ${itemList(agency, latest, '暂无主动公开的信息。')}
      ${latest.length ? html`<p><a href="${sitePath(agency, 'catalogue')}">查看全部主动公开信息</a></p>` : ''}`,
    frame,
  );
}
