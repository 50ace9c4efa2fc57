// The demo column's items after 2023, invented and written in this project's own words: the office's own rules for
// handling requests (政府信息公开制度), a 行政规范性文件 of 2024 repealed in 2025 by a new one, and the new one's
// 政策解读 — so that the portal shows each kind of page (a rule, a repealed document with a link to its successor,
// an interpretation linked both ways, an attachment). Dated 2024 and 2025: the 2023 figures (table 二, the channel
// counts) stay the seed's.
import { DEMO_BODY, type DemoItem } from './items.ts';

/** A reference to another demo item by key, resolved to its id when the demo is loaded. */
export const DEMO_REF = 'demo-ref:';

const ALARM_2024 = '临沂市国防动员办公室关于防空警报设施设置的规定';
const ALARM_2025 = '临沂市国防动员办公室关于防空警报设施设置和维护的规定';

export const DEMO_COLUMN_ITEMS: DemoItem[] = [
  {
    key: 'requestRules',
    publishedOn: '2024-02-29',
    draft: {
      title: '临沂市国防动员办公室政府信息依申请公开办理规程',
      documentNumber: '临国动办发〔2024〕3号',
      writtenOn: '2024-02-26',
      publishingBody: DEMO_BODY,
      genre: 'otherDocument',
      category: 'disclosureRules',
      topic: '政务公开',
      summary: '规定本办收到政府信息公开申请后登记、补正、检索、审核、答复和归档各环节的分工与时限。',
      body: [
        '<h2>第一章 总则</h2>',
        '<p>第一条 为使本办办理政府信息公开申请有章可循，依照《中华人民共和国政府信息公开条例》，结合工作实际，制定本规程。</p>',
        '<p>第二条 办公室政务公开科统一受理申请，各业务科室负责查找所申请的信息并提出是否公开的意见。</p>',
        '<h2>第二章 受理与补正</h2>',
        '<p>第三条 收到申请当日登记。申请内容不明确的，在收到申请之日起七个工作日内一次性告知申请人补正。</p>',
        '<h2>第三章 答复</h2>',
        '<p>第四条 答复书由承办科室起草，经政务公开科核对、分管负责同志签发，在法定期限内送达申请人。</p>',
        '<p>第五条 本规程自印发之日起施行。</p>',
      ].join(''),
    },
    attachment: {
      fileName: '依申请公开办理流程图.pdf',
      lines: [
        'Request handling steps (demo sample)',
        '1. Register the request on the day it arrives.',
        '2. Ask once for any correction within 7 working days.',
        '3. Search, review and sign the reply within the legal time limit.',
        'Invented for the Gongkai demo; not a real document.',
      ],
    },
  },
  {
    key: 'alarm2024',
    publishedOn: '2024-04-11',
    repealedBy: { key: 'alarm2025', on: '2025-06-30' },
    draft: {
      title: ALARM_2024,
      documentNumber: '临国动规〔2024〕1号',
      writtenOn: '2024-04-08',
      publishingBody: DEMO_BODY,
      genre: 'normativeDocument',
      category: 'policyDocument',
      art20Item: 1,
      topic: '人民防空',
      summary: '明确防空警报器选址、报装和日常检查的要求。',
      validity: { status: 'inForce', effectiveOn: '2024-05-01' },
      body: [
        '<p>各县区国防动员办公室，市直各有关单位：</p>',
        '<p>一、新建高层建筑的产权单位应当为防空警报器预留安装位置和电源，并在竣工前告知所在县区国防动员办公室。</p>',
        '<p>二、警报器所在单位每月检查一次供电和控制线路，发现故障三日内报告。</p>',
        '<p>三、本规定自2024年5月1日起施行。</p>',
      ].join(''),
    },
  },
  {
    key: 'alarm2025',
    publishedOn: '2025-06-19',
    draft: {
      title: ALARM_2025,
      documentNumber: '临国动规〔2025〕2号',
      writtenOn: '2025-06-16',
      publishingBody: DEMO_BODY,
      genre: 'normativeDocument',
      category: 'policyDocument',
      art20Item: 1,
      topic: '人民防空',
      summary: `在保留选址和报装要求的基础上，增加警报器维护保养和年度试鸣前检查的规定，同时废止《${ALARM_2024}》。`,
      validity: { status: 'inForce', effectiveOn: '2025-07-01' },
      body: [
        '<p>各县区国防动员办公室，市直各有关单位：</p>',
        '<p>一、新建高层建筑的产权单位应当为防空警报器预留安装位置和电源，并在竣工前告知所在县区国防动员办公室。</p>',
        '<p>二、警报器所在单位每月检查一次供电和控制线路；每年试鸣前一个月完成一次全面维护保养，并留存记录。</p>',
        '<p>三、县区国防动员办公室每半年抽查辖区内警报器的完好情况，抽查结果报市国防动员办公室。</p>',
        `<p>四、本规定自2025年7月1日起施行，《${ALARM_2024}》（临国动规〔2024〕1号）同时废止。</p>`,
      ].join(''),
    },
  },
  {
    key: 'alarm2025Interpretation',
    publishedOn: '2025-06-20',
    draft: {
      title: `《${ALARM_2025}》政策解读`,
      publishingBody: DEMO_BODY,
      genre: 'interpretation',
      category: 'interpretation',
      topic: '人民防空',
      interpretsId: `${DEMO_REF}alarm2025`,
      body: [
        '<h2>一、为什么重新制定</h2>',
        '<p>原规定施行一年来，部分警报器因长期缺少保养，在试鸣时未能正常鸣响。新规定把维护保养写成明确的义务。</p>',
        '<h2>二、主要变化</h2>',
        '<p>增加了试鸣前全面维护保养和县区半年抽查两项要求，选址和报装的要求保持不变。</p>',
        '<h2>三、与原规定的关系</h2>',
        '<p>新规定施行之日起，原规定（临国动规〔2024〕1号）废止。</p>',
      ].join(''),
    },
  },
];
