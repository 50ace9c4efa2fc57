// The public home page: what the service is and the two things a member of the public can do here.
import { html } from './html.ts';
import { page } from './layout.ts';

export function homePage(): string {
  return page(
    '首页',
    html`<h1>政府信息公开申请</h1>
      <p>
        公民、法人或者其他组织可以向行政机关申请获取政府信息（《中华人民共和国政府信息公开条例》第二十七条）。
        行政机关收到申请，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20
        个工作日内予以答复，需要延长的，延长期限最长不超过 20 个工作日（第三十三条）。
      </p>
      <ul class="actions">
        <li><a href="/apply">在线提交政府信息公开申请</a>：提交后获得查询号和查询码，请妥善保存。</li>
        <li><a href="/track">查询申请办理进度</a>：凭查询号和查询码查看办理状态和答复期限。</li>
      </ul>
      <p class="staff-entry">机关工作人员请从<a href="/console/login">工作人员登录</a>进入工作台。</p>`,
  );
}
