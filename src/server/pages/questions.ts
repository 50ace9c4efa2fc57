// 政民互动 on the portal (issue 14): the questions the agency answered and published, searchable; one question with
// its answer; the form to ask one and the receipt with its number and the day the answer is due.
import { PUBLIC_NAME_MAX, PUBLIC_TEXT_MAX } from '../../core/participation/public-text.ts';
import type { PublicQuestion } from '../../contracts/participation.ts';
import { errorSummary, textArea, textField, type FieldErrors } from './form.ts';
import { html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';
import { pageCountOf, pagination } from './pagination.ts';
import { paragraphs } from './paragraphs.ts';

export const QUESTION_LABELS: Record<string, string> = {
  title: '标题',
  body: '留言内容',
  asker: '姓名或称呼',
  contact: '联系方式',
  form: '提交',
};
export type QuestionValues = { title: string; body: string; asker: string; contact: string };
export const QUERY_MAX = 50;
export const QUESTIONS_PER_PAGE = 20;

export function questionListPage(
  agency: SiteAgency,
  list: { q: string; page: number; items: readonly PublicQuestion[]; total: number },
  frame: PageFrame,
): string {
  const listPath = sitePath(agency, 'questions');
  const hrefOf = (p: number) =>
    `${listPath}?${new URLSearchParams({ ...(list.q ? { q: list.q } : {}), page: String(p) })}`;
  return page(
    '政民互动',
    html`<h1>政民互动</h1>
      <p>
        您可以就本机关的工作向我们留言咨询，我们在收到之日起的规定工作日内答复；答复后经同意公开的留言和答复在这里列出。
        申请获取政府信息的，请通过<a href="${sitePath(agency, 'apply')}">依申请公开</a>提出。
      </p>
      <p><a class="button" href="${sitePath(agency, 'questions', 'ask')}">我要留言</a></p>
      <form method="get" action="${listPath}" role="search" class="searchbar">
        <div class="field">
          <label for="q">检索留言和答复</label>
          <input type="search" id="q" name="q" value="${list.q}" maxlength="${QUERY_MAX}" />
        </div>
        <button type="submit">检索</button>
      </form>
      <p id="count">${list.q ? `“${list.q}”的检索结果：` : ''}共 ${list.total} 条公开的留言。</p>
      ${
        list.items.length === 0
          ? html`<p>${list.q ? '没有找到符合条件的留言，请换一个词再试。' : '暂无公开的留言。'}</p>`
          : html`<ul class="items">
              ${list.items.map(
                (q) =>
                  html`<li>
                    <a href="${sitePath(agency, 'questions', encodeURIComponent(q.number))}">${q.title}</a>
                    <time datetime="${q.answeredOn}">${q.answeredOn} 答复</time>
                  </li>`,
              )}
            </ul>`
      }
      ${pagination(list.page, pageCountOf(list.total, QUESTIONS_PER_PAGE), hrefOf)}`,
    frame,
  );
}

export function questionPage(agency: SiteAgency, q: PublicQuestion, frame: PageFrame): string {
  return page(
    q.title,
    html`<h1>${q.title}</h1>
      <dl class="facts">
        <dt>留言编号</dt>
        <dd>${q.number}</dd>
        <dt>留言日期</dt>
        <dd><time datetime="${q.receivedOn}">${q.receivedOn}</time></dd>
        <dt>答复日期</dt>
        <dd><time datetime="${q.answeredOn}">${q.answeredOn}</time></dd>
      </dl>
      <section aria-labelledby="question">
        <h2 id="question">留言</h2>
        ${paragraphs(q.body)}
      </section>
      <section aria-labelledby="answer">
        <h2 id="answer">答复</h2>
        ${paragraphs(q.answer)}
      </section>
      <p><a href="${sitePath(agency, 'questions')}">返回政民互动</a></p>`,
    frame,
  );
}

export function askPage(
  agency: SiteAgency,
  form: { values: QuestionValues; errors: FieldErrors; submissionKey: string; answerWorkingDays: number },
  frame: PageFrame,
): string {
  const { values, errors } = form;
  return page(
    '我要留言',
    html`<h1>我要留言</h1>
      <p>
        本机关在收到留言之日起 ${form.answerWorkingDays}
        个工作日内答复。留言和答复经审核后可能在网站公开（不公开您的姓名和联系方式）。
        申请获取政府信息的，请通过<a href="${sitePath(agency, 'apply')}">依申请公开</a>提出。
      </p>
      ${errorSummary(errors, QUESTION_LABELS)}
      <form method="post" action="${sitePath(agency, 'questions', 'ask')}" novalidate>
        <input type="hidden" name="submissionKey" value="${form.submissionKey}" />
        ${textField(
          { name: 'title', label: QUESTION_LABELS.title!, required: true, maxLength: 100 },
          values.title,
          errors,
        )}
        ${textArea(
          {
            name: 'body',
            label: QUESTION_LABELS.body!,
            required: true,
            hint: `纯文字，最多 ${PUBLIC_TEXT_MAX} 字；请不要在留言内容中填写身份证号等个人信息。`,
            maxLength: PUBLIC_TEXT_MAX,
          },
          values.body,
          errors,
        )}
        ${textField(
          {
            name: 'asker',
            label: QUESTION_LABELS.asker!,
            required: true,
            maxLength: PUBLIC_NAME_MAX,
            autocomplete: 'name',
          },
          values.asker,
          errors,
        )}
        ${textField(
          {
            name: 'contact',
            label: QUESTION_LABELS.contact!,
            hint: '选填：电话或电子邮箱，只用于答复时联系您，不公开。',
            maxLength: 200,
          },
          values.contact,
          errors,
        )}
        <button type="submit">提交留言</button>
      </form>`,
    frame,
  );
}

export function askReceivedPage(
  agency: SiteAgency,
  receipt: { number: string; dueOn: string },
  frame: PageFrame,
): string {
  return page(
    '留言已收到',
    html`<div class="result" role="status">
        <h1>留言已收到</h1>
        <dl class="facts">
          <dt>留言编号</dt>
          <dd id="question-number">${receipt.number}</dd>
          <dt>答复期限</dt>
          <dd>${receipt.dueOn} 前</dd>
        </dl>
        <p>答复公开后，可以在政民互动栏目按留言编号或关键词查找。</p>
      </div>
      <p><a href="${sitePath(agency, 'questions')}">返回政民互动</a></p>`,
    frame,
  );
}
