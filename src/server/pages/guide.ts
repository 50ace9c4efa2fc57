// 政府信息公开指南 as a page (《条例》第十二条): classification and arrangement, how to obtain information (proactive,
// on request — with the time limits of 第三十三条 and the fee schedule of 国办函〔2020〕109号), the disclosure
// office's contacts and hours, and the remedies of 第五十一条. The content is the guide the API serves
// (services/publications/guide.ts), so the two never differ.
import type { DisclosureGuide } from '../../contracts/publications.ts';
import { FEE_SCHEDULE_2020 } from '../../core/fees/schedule.ts';
import { html } from './html.ts';
import { page, sitePath, type PageFrame } from './layout.ts';
import type { PortalAgency } from './site.ts';

function feeRows() {
  const { perRequest, perPage } = FEE_SCHEDULE_2020;
  const rate = (yuan: number) => (yuan === 0 ? '免费' : `${yuan} 元`);
  return html`<table>
    <caption>
      信息处理费标准（${FEE_SCHEDULE_2020.basis}）
    </caption>
    <thead>
      <tr>
        <th scope="col">计收方式</th>
        <th scope="col">数量</th>
        <th scope="col">标准</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <th scope="row" rowspan="3">按件计收（同一申请人一个自然月内累计）</th>
        <td>1—${perRequest.free} 件</td>
        <td>免费</td>
      </tr>
      <tr>
        <td>${perRequest.free + 1}—${perRequest.firstBandTo} 件</td>
        <td>${perRequest.firstRateYuan} 元/件</td>
      </tr>
      <tr>
        <td>${perRequest.firstBandTo + 1} 件以上</td>
        <td>每增加 ${perRequest.blockSize} 件，每件增加 ${perRequest.incrementYuan} 元</td>
      </tr>
      ${perPage.map(
        (band, i) =>
          html`<tr>
            ${i === 0 ? html`<th scope="row" rowspan="${perPage.length}">按量计收（同一申请）</th>` : ''}
            <td>${band.to === null ? `${band.from} 页以上` : `${band.from}—${band.to} 页`}</td>
            <td>${band.rateYuan === 0 ? rate(0) : `${band.rateYuan} 元/页`}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function guidePage(agency: PortalAgency, guide: DisclosureGuide, frame: PageFrame): string {
  const { office } = guide;
  const contact: [string, string | null][] = [
    ['工作机构', office.name],
    ['办公地址', office.address],
    ['邮政编码', office.postcode],
    ['办公时间', office.officeHours],
    ['联系电话', office.phone],
    ['传真', office.fax],
    ['电子邮箱', office.email],
    ['网站', office.website],
  ];
  return page(
    '政府信息公开指南',
    html`<article class="article narrow">
      <h1>${guide.agencyName}政府信息公开指南</h1>
      <p>
        为便于公民、法人和其他组织获取本机关的政府信息，依据《中华人民共和国政府信息公开条例》编制本指南。本指南随本机关信息和设置的变化及时更新。
      </p>
      <h2>一、主动公开</h2>
      <h3>（一）公开范围和分类</h3>
      <p>本机关主动公开的政府信息分为以下类别：</p>
      <p>${guide.classification.categories.map((c) => c.label).join('、')}。</p>
      <p>
        其中，依照《条例》第二十条应当主动公开的事项见
        <a href="${sitePath(agency, 'catalogue')}">法定主动公开内容</a>，可以按第二十条的各项筛选。
      </p>
      <h3>（二）编排体系</h3>
      <p>${guide.arrangement}</p>
      <h3>（三）公开方式</h3>
      <p>${guide.obtaining.proactive}</p>
      ${
        guide.obtaining.readingRooms.length
          ? html`<p>查阅场所：${guide.obtaining.readingRooms.join('；')}。</p>`
          : ''
      }
      <h2>二、依申请公开</h2>
      <h3>（一）提出申请</h3>
      <p>${guide.obtaining.onRequest}</p>
      <p>
        在线申请：<a href="${sitePath(agency, 'apply')}">填写政府信息公开申请表</a
        >，可以上传身份证明等材料。提交后凭查询号和查询码
        <a href="${sitePath(agency, 'track')}">查询办理进度和答复</a>。
      </p>
      <h3>（二）办理时限</h3>
      <p>
        本机关收到申请，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20
        个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过
        20
        个工作日。征求第三方或者其他机关意见所需时间不计算在内（《条例》第三十三条）。申请内容不明确、需要补正的，答复期限自收到补正的申请之日起计算（第三十条）。
      </p>
      <h3>（三）收费</h3>
      <p>
        提供政府信息不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费（《条例》第四十二条），标准如下：
      </p>
      ${feeRows()}
      <h2>三、政府信息公开工作机构</h2>
      <dl class="facts">
        ${contact
          .filter(([, value]) => value)
          .map(
            ([label, value]) =>
              html`<dt>${label}</dt>
                <dd>${value}</dd>`,
          )}
      </dl>
      <h2>四、监督和救济</h2>
      <p>
        公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。
      </p>
    </article>`,
    frame,
  );
}
