// The disclosure guide (政府信息公开指南), with the contents 《条例》第十二条 requires: how information is
// classified, how it is arranged (编排体系), how to obtain it, and the disclosure office's name, address, office
// hours, telephone, fax and internet contact. Built from the agency, its catalogue settings and the vocabulary,
// so it changes when they change (Art. 12: updated promptly).
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  ART20_ITEMS,
  art20Label,
} from '../../core/publications/vocabulary.ts';
import type { DisclosureGuide } from '../../contracts/publications.ts';
import { getAgency } from '../agencies.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { catalogueSettings } from './settings.ts';

export async function disclosureGuide(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string },
): Promise<DisclosureGuide> {
  const { agencyId } = input;
  authorize(actor, 'catalogue.readPublished');
  const [agency, settings] = await Promise.all([
    getAgency(ctx.db, agencyId),
    catalogueSettings(ctx.db, agencyId),
  ]);
  const { guide } = settings;
  const channels = Object.values(CHANNEL_LABELS)
    .filter((label) => label !== CHANNEL_LABELS.other)
    .join('、');
  return {
    agencyId,
    agencyName: agency.name,
    classification: {
      categories: Object.entries(CATEGORY_LABELS).map(([key, label]) => ({ key, label })),
      art20Items: ART20_ITEMS.map((item) => ({ item, label: art20Label(item) })),
    },
    arrangement:
      `本机关主动公开的政府信息按信息类别编排，同一类别内按发布日期由近及远排列；每条信息有唯一且不变的索引号` +
      `（规则：${settings.indexPattern
        .replace('{org}', '组织机构代码')
        .replace('{yyyy}', '年份')
        .replace(/\{n+\}/, '流水号')}），` +
      `并标明名称、内容概述、成文日期、发布日期和有效性。`,
    obtaining: {
      proactive: `主动公开的政府信息通过本机关${channels}等渠道发布，可在政府信息公开目录中检索、查阅和下载。`,
      onRequest:
        '公民、法人或者其他组织可以通过互联网、信函、传真或者当面提交等方式向本机关申请获取政府信息，申请应当写明申请人的姓名或者名称、' +
        '身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式和途径（《条例》第二十九条）。',
      readingRooms: guide.readingRooms,
    },
    office: {
      name: guide.officeName ?? `${agency.name}政府信息公开工作机构`,
      address: agency.address,
      postcode: agency.postcode,
      officeHours: guide.officeHours,
      phone: agency.phone,
      fax: guide.fax,
      email: guide.email,
      website: guide.website,
    },
  };
}
