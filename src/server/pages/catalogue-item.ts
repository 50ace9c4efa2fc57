// One published item as every government site shows it: a banner when it no longer applies as written (已废止,
// 已修改), the metadata table (索引号, 发布机构, 成文日期, 发布日期, 文号, 主题分类, 有效性 — 《条例》第十二条's
// 索引 and 国办发〔2017〕47号's validity marks), the body, its attachments, and the links between a policy and
// its interpretations (政策解读).
import { ATTACHMENT_TYPES, type AttachmentType } from '../../core/publications/attachments.ts';
import type { Attachment, Publication } from '../../core/publications/publication.ts';
import { art20Label, CATEGORY_LABELS, VALIDITY_LABELS } from '../../core/publications/vocabulary.ts';
import type { Consultation } from '../../contracts/participation.ts';
import { Html, html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';

export interface ItemPageContent {
  item: Publication;
  attachments: readonly Attachment[];
  /** The published interpretations of this item. */
  interpretations: readonly Publication[];
  /** For an interpretation: the published item it interprets. */
  interprets: Publication | null;
  /** The published item that amends or replaces this one. */
  successor: Publication | null;
  /** The consultations this item is the draft or the final policy of (issue 14). */
  consultations: readonly Consultation[];
}

const NONE = '无';

function itemLink(agency: SiteAgency, item: Publication): Html {
  return html`<a href="${sitePath(agency, 'catalogue', item.id)}">${item.title}</a>`;
}

/** 已废止 and 已修改 are said before anything else, with the date and where the text in force is. */
function validityBanner(agency: SiteAgency, { item, successor }: ItemPageContent): Html | '' {
  const v = item.validity;
  if (!v || v.status === 'inForce') return '';
  const next = successor ? html`现行规定见${itemLink(agency, successor)}。` : '';
  if (v.status === 'repealed') {
    return html`<div class="banner" role="note">
      <p>本文件已于 ${v.repealedOn ?? ''} 废止，不再执行。${next}</p>
    </div>`;
  }
  return html`<div class="banner notice" role="note">
    <p>本文件已于 ${v.amendedOn ?? ''} 修改，部分内容已不再适用，请以修改后的规定为准。${next}</p>
  </div>`;
}

function validityText(item: Publication): string {
  const v = item.validity;
  // Only 规章 and 行政规范性文件 carry a validity (core/publications/item.ts).
  if (!v) return '不适用';
  const dates = [
    v.effectiveOn ? `${v.effectiveOn} 起施行` : '',
    v.status === 'amended' && v.amendedOn ? `${v.amendedOn} 修改` : '',
    v.status === 'repealed' && v.repealedOn ? `${v.repealedOn} 废止` : '',
  ].filter(Boolean);
  return VALIDITY_LABELS[v.status] + (dates.length ? `（${dates.join('，')}）` : '');
}

function metaTable(agency: SiteAgency, item: Publication): Html {
  const rows: [string, string][] = [
    ['索引号', item.indexNumber ?? NONE],
    ['信息类别', CATEGORY_LABELS[item.category]],
    ['发布机构', item.publishingBody || agency.name],
    ['成文日期', item.writtenOn ?? NONE],
    ['发布日期', item.publishedOn ?? NONE],
    ['文号', item.documentNumber ?? NONE],
    ['主题分类', item.topic ?? NONE],
    ['有效性', validityText(item)],
    ['公开依据', item.art20Item ? `《条例》${art20Label(item.art20Item)}` : NONE],
  ];
  return html`<table class="meta">
    <caption>
      信息属性
    </caption>
    <tbody>
      ${rows.map(
        ([label, value]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td>${value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function attachmentList(agency: SiteAgency, attachments: readonly Attachment[]): Html | '' {
  if (attachments.length === 0) return '';
  return html`<section aria-labelledby="attachments">
    <h2 id="attachments">附件</h2>
    <ul class="attachments">
      ${attachments.map(
        (a) =>
          html`<li>
            <a href="/${encodeURIComponent(agency.code)}/attachments/${a.id}" download="${a.fileName}"
              >${a.fileName}</a
            >
            <span class="hint"
              >（${ATTACHMENT_TYPES[a.type as AttachmentType]?.label ?? a.type}，${sizeText(a.size)}）</span
            >
          </li>`,
      )}
    </ul>
  </section>`;
}

function relatedLinks(agency: SiteAgency, content: ItemPageContent): Html | '' {
  const { interpretations, interprets } = content;
  if (interpretations.length === 0 && !interprets) return '';
  return html`<section aria-labelledby="related">
    <h2 id="related">${interprets ? '解读的文件' : '政策解读'}</h2>
    <ul>
      ${interprets ? html`<li>本文解读的是${itemLink(agency, interprets)}</li>` : ''}
      ${interpretations.map((i) => html`<li>${itemLink(agency, i)}（${i.publishedOn ?? ''}）</li>`)}
    </ul>
  </section>`;
}

/** 意见征集 about this item: as the draft put out for comment, or as the policy adopted after it, with its feedback. */
function consultationLinks(
  agency: SiteAgency,
  item: Publication,
  consultations: readonly Consultation[],
): Html | '' {
  if (consultations.length === 0) return '';
  return html`<section aria-labelledby="consultation">
    <h2 id="consultation">公开征求意见</h2>
    <ul>
      ${consultations.map((c) => {
        const href = sitePath(agency, 'consultations', c.id);
        const role = c.itemId === item.id ? '本文为征求意见稿' : '本文出台前公开征求了意见';
        return html`<li>
          ${role}：<a href="${href}">${c.title}</a>（${c.opensOn} 至
          ${c.closesOn}，${c.phaseLabel}）${
            c.feedback ? html`，<a href="${href}#feedback">意见采纳情况</a>` : ''
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

export function catalogueItemPage(agency: SiteAgency, content: ItemPageContent, frame: PageFrame): string {
  const { item } = content;
  return page(
    item.title,
    html`${validityBanner(agency, content)}
      <h1>${item.title}</h1>
      ${metaTable(agency, item)}
      ${item.summary ? html`<p class="summary"><strong>内容概述：</strong>${item.summary}</p>` : ''}
      <div class="article">
        ${
          // The body is sanitized when it is written (core/publications/item.ts parses every draft through
          // sanitizeRichText, core/publications/rich-text.ts), so the stored HTML is trusted here.
          new Html(item.body)
        }
      </div>
      ${attachmentList(agency, content.attachments)} ${relatedLinks(agency, content)}
      ${consultationLinks(agency, item, content.consultations)}
      <p><a href="${sitePath(agency, 'catalogue')}">返回法定主动公开内容</a></p>`,
    frame,
  );
}
