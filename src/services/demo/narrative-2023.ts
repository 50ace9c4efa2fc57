// The demo agency's 2023 report prose as its office would save it (issue 11): the facts are the seed's
// (seeds/000_29e0fab2fe19fb07.txt), the sentences this project's own. Every figure of section 一 is a placeholder,
// so the demo shows drafting from live tables: change a 2023 request and the prose follows.
import type { WrittenSection } from '../../contracts/report-narrative.ts';

const OVERVIEW = [
  '本机关按照上级政务公开工作要点的安排，围绕群众关心的事项扩大公开范围、做好政策解读和回应，政府信息公开工作依法有序推进。',
  '（一）主动公开。全年在部门网站发布法律法规{法律法规}条、政策文件{政策文件}条、工作动态{工作动态}条、' +
    '执法信息{执法信息}条；微信公众号发布信息{微信公众号发布}条，头条号发布{头条号发布}条，微博发布{微博发布}条。' +
    '新出台的政策文件均配有解读。',
  '（二）依申请公开。全年新收到政府信息公开申请{收到申请}件，上年结转{上年结转}件，办结{办结}件，' +
    '其中予以公开{予以公开}件、部分公开{部分公开}件、不予公开{不予公开}件、无法提供{无法提供}件、' +
    '不予处理{不予处理}件，结转下年度继续办理{结转下年度}件，每件都以书面形式答复申请人。',
  '（三）复议和诉讼。因政府信息公开被申请行政复议{行政复议}件，被提起行政诉讼{行政诉讼}件。',
  '（四）信息管理与平台。公开工作由综合科牵头、各科室配合，信息发布前逐级审核；网站公开专栏由专人维护，' +
    '对财政预决算中不能公开的事项和未承办建议提案的情况作出说明。',
  '（五）监督保障。调整充实政务公开工作领导小组，组织全系统政务公开培训，排查整改涉密、敏感和差错信息。',
].join('\n');

const PROBLEMS = [
  '存在的主要问题：一是公开内容以工作动态为主，群众关注度高的政策文件和便民服务信息偏少；' +
    '二是部分重要事项在事前、事中公开得不够及时；三是政民互动形式单一，回复的质量和时效有待提高。',
  '改进计划：一是严格把握不予公开的范围，坚持以公开为常态，对群众关注的政策文件做好解读；' +
    '二是优化信息发布流程，缩短发布时间，严格遵守依申请公开的答复时限；' +
    '三是用好网站意见征集栏目，及时归纳、处理和反馈群众的意见建议。',
].join('\n');

const OTHER = [
  '（一）收取信息处理费情况。本年度没有收取政府信息公开信息处理费。',
  // （二）and（三）are drafted from the 工作要点台账 and the register of proposals (participation-2023.ts).
  '（二）落实上级年度政务公开工作要点情况。{工作要点落实情况}',
  '（三）人大代表建议和政协提案办理情况。{建议提案办理情况}本机关年度工作情况已在网站“建议提案办理”栏说明。',
  '（四）政务公开创新情况。印发规范政务公开、加强政策解读工作的通知，着力解决惠企利民政策解读不及时、不到位的问题，' +
    '让服务对象和公众更好地了解国防动员政策。',
].join('\n');

export const DEMO_2023_NARRATIVE: Partial<Record<WrittenSection, string>> = {
  overview: OVERVIEW,
  problems: PROBLEMS,
  other: OTHER,
};
