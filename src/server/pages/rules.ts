// 政府信息公开制度: the agency's published rules on its disclosure work (catalogue category disclosureRules).
import type { Publication } from '../../core/publications/publication.ts';
import { html } from './html.ts';
import { itemList } from './item-list.ts';
import { page, type PageFrame } from './layout.ts';
import type { PortalAgency } from './site.ts';

export function rulesPage(agency: PortalAgency, rules: readonly Publication[], frame: PageFrame): string {
  return page(
    '政府信息公开制度',
    html`<h1>政府信息公开制度</h1>
      <p>
        本机关依据《中华人民共和国政府信息公开条例》制定的主动公开、依申请公开、保密审查、信息发布协调等工作制度。
        法律法规见<a href="https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm"
          >《中华人民共和国政府信息公开条例》</a
        >。
      </p>
      ${itemList(agency, rules, '本机关尚未在此发布政府信息公开工作制度。')}`,
    frame,
  );
}
