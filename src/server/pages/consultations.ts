// 意见征集 on the portal (issue 14): the agency's consultations, one consultation with its draft, period, the
// comments staff approved and — once published — the feedback (意见采纳情况); the comment form and its receipt.
// Plain HTML forms: everything works without JavaScript.
import { PUBLIC_NAME_MAX, PUBLIC_TEXT_MAX } from '../../core/participation/public-text.ts';
import type { Consultation } from '../../contracts/participation.ts';
import type { ShownComment } from '../../services/participation/comments.ts';
import { errorSummary, textArea, textField, type FieldErrors } from './form.ts';
import { html, type Html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';
import { paragraphs } from './paragraphs.ts';

export const COMMENT_LABELS: Record<string, string> = { author: '署名', body: '意见内容', form: '提交' };
export type CommentValues = { author: string; body: string };

const consultationPath = (agency: SiteAgency, id: string, rest = '') =>
  sitePath(agency, 'consultations', `${id}${rest}`);

function period(c: Consultation): Html {
  return html`<time datetime="${c.opensOn}">${c.opensOn}</time> 至
    <time datetime="${c.closesOn}">${c.closesOn}</time>`;
}

export function consultationListPage(
  agency: SiteAgency,
  items: readonly Consultation[],
  frame: PageFrame,
): string {
  return page(
    '意见征集',
    html`<h1>意见征集</h1>
      <p>
        本机关起草的政策文件在出台前向社会公开征求意见。征求意见期间，您可以在各项征集的页面提出意见；意见经审核后公开显示，截止后本机关公布意见采纳情况。
      </p>
      ${
        items.length === 0
          ? html`<p>目前没有意见征集。</p>`
          : html`<ul class="items">
              ${items.map(
                (c) =>
                  html`<li>
                    <a href="${consultationPath(agency, c.id)}">${c.title}</a>
                    <p class="meta">
                      征求意见期限：${period(c)}（${c.phaseLabel}${c.feedback ? '，已公布采纳情况' : ''}）
                    </p>
                  </li>`,
              )}
            </ul>`
      }`,
    frame,
  );
}

export interface ConsultationContent {
  consultation: Consultation;
  comments: readonly ShownComment[];
  draft: { title: string; href: string };
  finalPolicy: { title: string; href: string } | null;
}

export function consultationPage(agency: SiteAgency, content: ConsultationContent, frame: PageFrame): string {
  const { consultation: c, comments, draft, finalPolicy } = content;
  return page(
    c.title,
    html`<h1>${c.title}</h1>
      <dl class="facts">
        <dt>征求意见稿</dt>
        <dd><a href="${draft.href}">${draft.title}</a></dd>
        <dt>征求意见期限</dt>
        <dd>${period(c)}</dd>
        <dt>状态</dt>
        <dd id="phase">${c.phaseLabel}</dd>
        ${
          c.majorDecision
            ? html`<dt>事项类别</dt>
                <dd>重大行政决策</dd>`
            : ''
        }
        ${
          c.shortenedReason
            ? html`<dt>缩短期限的理由</dt>
                <dd>${c.shortenedReason}</dd>`
            : ''
        }
      </dl>
      <div class="article">${paragraphs(c.description)}</div>
      ${
        c.phase === 'open'
          ? html`<p><a class="button" href="${consultationPath(agency, c.id, '/comment')}">提出意见</a></p>`
          : ''
      }
      ${feedbackSection(c, finalPolicy)}
      <section aria-labelledby="comments">
        <h2 id="comments">公众意见（${comments.length} 条）</h2>
        ${
          comments.length === 0
            ? html`<p>暂无公开显示的意见。意见经审核后显示。</p>`
            : html`<ol class="comments">
                ${comments.map(
                  (m) =>
                    html`<li>
                      <p class="meta">
                        ${m.author ?? '匿名'}，<time datetime="${m.submittedAt}"
                          >${m.submittedAt.slice(0, 10)}</time
                        >
                      </p>
                      ${paragraphs(m.body)}
                    </li>`,
                )}
              </ol>`
        }
      </section>
      <p><a href="${sitePath(agency, 'consultations')}">返回意见征集</a></p>`,
    frame,
  );
}

function feedbackSection(c: Consultation, finalPolicy: ConsultationContent['finalPolicy']): Html | '' {
  const f = c.feedback;
  if (!f)
    return c.phase === 'closed' ? html`<p>征求意见已结束，意见采纳情况正在整理，将在本页公布。</p>` : '';
  return html`<section aria-labelledby="feedback" id="feedback-section">
    <h2 id="feedback">意见采纳情况</h2>
    <p class="meta">公布日期：<time datetime="${c.feedbackOn ?? ''}">${c.feedbackOn}</time></p>
    <p>征求意见期间共收到意见 ${f.received} 条，公开显示 ${f.shown} 条。</p>
    ${paragraphs(f.summary)}
    ${
      f.adopted.length
        ? html`<h3>采纳的意见</h3>
            <ul>
              ${f.adopted.map((point) => html`<li>${point}</li>`)}
            </ul>`
        : ''
    }
    ${
      f.notAdopted.length
        ? html`<h3>未采纳的意见及理由</h3>
            <ul>
              ${f.notAdopted.map((n) => html`<li>${n.point}——${n.reason}</li>`)}
            </ul>`
        : ''
    }
    ${finalPolicy ? html`<p>正式文件：<a href="${finalPolicy.href}">${finalPolicy.title}</a></p>` : ''}
  </section>`;
}

export function commentFormPage(
  agency: SiteAgency,
  c: Consultation,
  form: { values: CommentValues; errors: FieldErrors; submissionKey: string },
  frame: PageFrame,
): string {
  const { values, errors } = form;
  return page(
    `对“${c.title}”提出意见`,
    html`<h1>提出意见</h1>
      <p>征集事项：<a href="${consultationPath(agency, c.id)}">${c.title}</a>（截止日期 ${c.closesOn}）</p>
      ${errorSummary(errors, COMMENT_LABELS)}
      <form method="post" action="${consultationPath(agency, c.id, '/comment')}" novalidate>
        <input type="hidden" name="submissionKey" value="${form.submissionKey}" />
        ${textArea(
          {
            name: 'body',
            label: COMMENT_LABELS.body!,
            required: true,
            hint: `纯文字，最多 ${PUBLIC_TEXT_MAX} 字。意见经审核后公开显示；请不要填写身份证号、电话等个人信息。`,
            maxLength: PUBLIC_TEXT_MAX,
          },
          values.body,
          errors,
        )}
        ${textField(
          {
            name: 'author',
            label: COMMENT_LABELS.author!,
            hint: '选填，与意见一同显示；不填则显示为“匿名”。',
            maxLength: PUBLIC_NAME_MAX,
          },
          values.author,
          errors,
        )}
        <button type="submit">提交意见</button>
      </form>`,
    frame,
  );
}

export function commentReceivedPage(agency: SiteAgency, c: Consultation, frame: PageFrame): string {
  return page(
    '意见已收到',
    html`<div class="result" role="status">
        <h1>意见已收到</h1>
        <p>
          感谢您对“${c.title}”提出意见。意见经审核后在征集页面公开显示；征求意见截止后，本机关将公布意见采纳情况。
        </p>
      </div>
      <p><a href="${consultationPath(agency, c.id)}">返回征集页面</a></p>`,
    frame,
  );
}
