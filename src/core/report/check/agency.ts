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

// 《立法法》(2015) 第八十条 (departments) and 第八十二条 (local governments); renumbered 第九十一条 and 第九十三条
// by the 2023 amendment [M].
/** Governments that may make 规章: provinces, autonomous regions, 直辖市, 设区的市, 自治州. */
const REGULATION_GOVERNMENT = /(省|自治区|自治州|^北京市|^天津市|^上海市|^重庆市)人民政府$/;
/** A "…市人民政府" may be a 设区的市 (may) or a county-level city (may not): the name cannot tell. */
const CITY_GOVERNMENT = /市人民政府$/;
/** Central bodies: ministries, commissions, 人民银行, 审计署 may; a 国家…局 may or may not (直属机构 or 部委管理). */
const CENTRAL_BODY = /^(中华人民共和国|国务院|国家|中国)/;
const STATE_COUNCIL_DEPARTMENT = /^(中华人民共和国|国务院)\S*(部|委员会|署)$|^中国人民银行$/;
/** A local government's department never makes 规章: only the government itself does. */
const LOCAL_BODY = /[省市县区州旗盟乡镇]/;

/** true / false when the name decides it, null when it does not (e.g. 国家…局 or "…市人民政府"). */
export function inferCanMakeRegulations(agency: string | null): boolean | null {
  if (agency === null) return null;
  const name = compact(agency);
  if (REGULATION_GOVERNMENT.test(name)) return true;
  if (CITY_GOVERNMENT.test(name)) return null;
  if (/人民政府$/.test(name)) return false;
  if (CENTRAL_BODY.test(name)) return STATE_COUNCIL_DEPARTMENT.test(name) ? true : null;
  return LOCAL_BODY.test(name) ? false : null;
}
