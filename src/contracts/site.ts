// What every page of this installation shows about the installation itself: whether it runs on demonstration data
// (`gongkai serve` over the demo agency). The portal's pages and the console both mark such an installation on
// every page, with the same words, so nobody takes the invented agencies, requests and people for real ones or types
// real personal data into them.
import { z } from 'zod';

export const siteResponse = z.object({
  demo: z.boolean().describe('本系统运行于演示模式（演示数据）：每个页面都应标明'),
});
export type SiteInfo = z.infer<typeof siteResponse>;

/** The heading and sentence of the 演示数据 banner. */
export const DEMO_NOTICE = {
  title: '演示数据',
  text: '本系统当前运行于演示模式，其中的机关、公开信息、申请和人员均为虚构，请勿录入或提交真实信息。',
} as const;
