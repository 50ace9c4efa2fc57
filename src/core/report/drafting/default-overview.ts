// The default draft of section 一 (总体情况) when staff have saved none: the product's own wording, every figure a
// placeholder so that it always equals the tables (《条例》第五十条; spec N-1). Staff replace it by saving their own
// text, which may keep, move or drop these placeholders.
export const DEFAULT_OVERVIEW_TEMPLATE = [
  '（一）主动公开。本年度通过部门网站发布信息{部门网站发布}条，其中法律法规{法律法规}条、政策文件{政策文件}条、' +
    '工作动态{工作动态}条、执法信息{执法信息}条；通过微信公众号发布{微信公众号发布}条，通过微博发布{微博发布}条，' +
    '通过头条号发布{头条号发布}条。',
  '（二）依申请公开。本年度新收到政府信息公开申请{收到申请}件，从上年结转{上年结转}件，全年办结{办结}件：' +
    '予以公开{予以公开}件，部分公开{部分公开}件，不予公开{不予公开}件，无法提供{无法提供}件，不予处理{不予处理}件，' +
    '其他处理{其他处理}件；结转下年度继续办理{结转下年度}件。',
  '（三）行政复议和行政诉讼。本年度因政府信息公开被申请行政复议{行政复议}件，被提起行政诉讼{行政诉讼}件。',
].join('\n');
