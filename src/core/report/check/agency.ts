// What the agency's name tells the rules. Both guesses are defaults the caller can override (CheckOptions).
import type { GovernmentLevel } from './context.ts';

const compact = (name: string) => name.replace(/\s+/g, '');

/**
 * 《条例》第四十九条 distinguishes a people's government's own report (第二款, published by 3月31日) from its
 * departments' reports (第一款, 1月31日). "…人民政府办公室" is a department; only the government itself ends so.
 */
export function inferLevel(agency: string | null): GovernmentLevel | null {
  if (agency === null || agency.trim() === '') return null;
  return /人民政府$/.test(compact(agency)) ? 'government' : 'department';
}

// Who may make 规章 (T2-2): 《立法法》(2023) 第九十一条 (State Council departments) and 第九十三条 (local governments);
// numbered 第八十条 and 第八十二条 in the 2015 text. 第九十三条第一款: 省、自治区、直辖市和设区的市、自治州的人民政府 may make
// 规章; a county, a 市辖区 or a county-level city may not.
/** Provinces, autonomous regions, 直辖市, 自治州: the name says so. */
const REGULATION_GOVERNMENT = /(省|自治区|自治州|^北京市|^天津市|^上海市|^重庆市)人民政府$/;
/** A county-level government by its name: 县, 自治县, 旗, 市辖区, 特区, 林区. */
const COUNTY_LEVEL_GOVERNMENT = /(县|旗|区|林区)人民政府$/;
/** "（江苏省）淮安市人民政府": the city's name. It may be a 设区的市 (may) or a county-level city (may not). */
const CITY_GOVERNMENT = /^(?:.*?(?:省|自治区))?([^省市]+市)人民政府$/;
/**
 * Cities whose name settles it. Provincial capitals, 计划单列市 and the cities where a 经济特区 lies (深圳、珠海、汕头、
 * 厦门) were the 较大的市 of the 2000 text and are all 设区的市; 东莞、中山、嘉峪关、三沙 have no districts but are given
 * the 设区的市's power by 第八十一条第六款 (2015: 第七十二条第六款) [M].
 */
const CITIES_WITH_POWER = new Set(
  (
    '石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 海口 成都 贵阳 昆明 拉萨 ' +
    '西安 兰州 西宁 银川 乌鲁木齐 大连 青岛 宁波 厦门 深圳 珠海 汕头 东莞 中山 嘉峪关 三沙'
  )
    .split(' ')
    .map((name) => `${name}市`),
);
/**
 * What only a 设区的市's own report says: it speaks of the 县区 under it ("各县区", "县（市、区）", "市辖区"). A
 * county-level city has 乡镇 and 街道 under it, never 县 or 区.
 */
const PREFECTURE_EVIDENCE =
  /(?:各|全市|所辖|下辖|\d+个|[一二三四五六七八九十]+个)(?:县区|区县|县市区|县（市、?区）|县\(市、?区\)|县（区）|县\(区\)|县、区|区、县)|市辖区/;
/** Central bodies: ministries, commissions, 人民银行, 审计署 may; a 国家…局 may or may not (直属机构 or 部委管理). */
const CENTRAL_BODY = /^(中华人民共和国|国务院|国家|中国)/;
const STATE_COUNCIL_DEPARTMENT = /^(中华人民共和国|国务院)\S*(部|委员会|署)$|^中国人民银行$/;
/** A local government's department never makes 规章: only the government itself does. */
const LOCAL_BODY = /[省市县区州旗盟乡镇]/;

/**
 * true / false when the name (and, for a "…市人民政府", the report's own words about the 县区 under it) decides
 * it; null when they do not (e.g. 国家…局, or a city report that never names its districts).
 */
export function inferCanMakeRegulations(agency: string | null, reportText = ''): boolean | null {
  if (agency === null) return null;
  const name = compact(agency);
  if (REGULATION_GOVERNMENT.test(name)) return true;
  const city = CITY_GOVERNMENT.exec(name);
  if (city !== null) {
    return CITIES_WITH_POWER.has(city[1]!) || PREFECTURE_EVIDENCE.test(reportText) ? true : null;
  }
  if (COUNTY_LEVEL_GOVERNMENT.test(name) || /人民政府$/.test(name)) return false;
  if (CENTRAL_BODY.test(name)) return STATE_COUNCIL_DEPARTMENT.test(name) ? true : null;
  return LOCAL_BODY.test(name) ? false : null;
}
