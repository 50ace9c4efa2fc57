// The HTML answers a browser gets when a page does not exist (404) or its address carries a malformed filter (400):
// Chinese, in the site's frame, with a way on. The JSON API keeps its JSON errors.
import { html } from './html.ts';
import { page, sitePath, type PageFrame } from './layout.ts';

export function notFoundPage(frame: PageFrame): string {
  return page(
    '页面不存在',
    html`<h1>页面不存在</h1>
      <p>您要访问的页面不存在，或者信息已经撤下。请检查网址是否输入正确。</p>
      <ul>
        ${frame.agency ? html`<li><a href="${sitePath(frame.agency, 'catalogue')}">返回法定主动公开内容</a></li>` : ''}
        <li><a href="/">返回平台首页，选择机关</a></li>
      </ul>`,
    frame,
  );
}

/** `problems`: what was wrong with the address, one sentence each. */
export function badRequestPage(frame: PageFrame, problems: readonly string[]): string {
  return page(
    '网址参数有误',
    html`<h1>网址参数有误</h1>
      <div class="errors" role="alert">
        <h2>无法按这些条件显示页面：</h2>
        <ul>
          ${problems.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>
      <p><a href="${frame.path.split('?')[0]}">清除条件重新查看</a></p>`,
    frame,
  );
}
