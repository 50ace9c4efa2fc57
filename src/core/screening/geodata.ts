// Geographic coordinates. Precise positions of facilities can be classified geographic information (the seed
// agency screened its releases for "不宜公开的地理信息数据"); 《条例》第十四条 withholds what is 国家秘密, and the
// review of 第十七条 must see every coordinate before release. Two forms are flagged:
//   - degree–minute–second (118°21′36″, 东经118度21分36秒): minutes are required, or a 经/纬 word, so "25°C" and
//     "三度" pass;
//   - decimal degrees: a pair "118.35, 35.05" whose numbers fall one in China's longitude band and one in its
//     latitude band (both with at least two decimals, no unit after them), or a number right after 经度/纬度/东经/
//     北纬/E/N/lon/lat.
import type { ScreeningHit } from './hit.ts';

const HEMISPHERE = '(?:东经|西经|北纬|南纬|经度|纬度)';
const NUMBER = '\\d{1,3}(?:\\.\\d+)?';
const DMS = new RegExp(
  `(${HEMISPHERE}\\s*:?\\s*)?(?<![\\d.])(${NUMBER})\\s*(?:°|度)(?:\\s*(\\d{1,2}(?:\\.\\d+)?)\\s*(?:′|'|分)(?:\\s*(\\d{1,2}(?:\\.\\d+)?)\\s*(?:″|"|''|秒))?)?(\\s*[ensw](?![a-z]))?`,
  'g',
);
const UNIT_AFTER =
  '(?!\\s*(?:万|亿|元|%|米|千|公里|公顷|亩|吨|平方|人|个|次|件|条|项|户|家|倍|岁|小时|分钟|天|年))';
const DECIMAL_PAIR = new RegExp(
  `(?<![\\d.])(\\d{1,3}\\.\\d{2,})\\s*[,/]\\s*(\\d{1,3}\\.\\d{2,})(?![\\d.])${UNIT_AFTER}`,
  'g',
);
const DECIMAL_AFTER_WORD = new RegExp(
  `(?:${HEMISPHERE}|(?<![a-z0-9])(?:lon|lat|lng|longitude|latitude|[ensw]))\\s*[:=]?\\s*(-?\\d{1,3}\\.\\d+)(?![\\d.])(?:\\s*°)?`,
  'g',
);

/** China's extent, with a margin: 73°E–136°E, 3°N–54°N. */
const inChinaLongitude = (v: number) => v >= 73 && v <= 136;
const inChinaLatitude = (v: number) => v >= 3 && v <= 54;

const MESSAGE = '地理坐标，精确位置可能属于涉密或不宜公开的地理信息，发布前须经保密审查';

export function findGeodataHits(folded: string): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  const add = (rule: ScreeningHit['rule'], offset: number, length: number, form: string) =>
    hits.push({ rule, offset, length, expected: null, message: `${form}${MESSAGE}` });
  for (const m of folded.matchAll(DMS)) {
    const [, word, degrees, minutes, seconds, suffix] = m;
    if (!minutes && !word && !suffix) continue;
    if (Number(degrees) > 180 || Number(minutes ?? 0) >= 60 || Number(seconds ?? 0) >= 60) continue;
    // "纬度35.05°" is decimal degrees written with the degree sign.
    const decimal = !minutes && degrees!.includes('.');
    const length = m[0].trimEnd().length;
    if (decimal) add('screening.geo.decimal', m.index!, length, '经纬度');
    else add('screening.geo.dms', m.index!, length, '度分秒');
  }
  const covered = (offset: number) => hits.some((h) => offset >= h.offset && offset < h.offset + h.length);
  for (const m of folded.matchAll(DECIMAL_PAIR)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const lonLat = (inChinaLongitude(a) && inChinaLatitude(b)) || (inChinaLatitude(a) && inChinaLongitude(b));
    if (lonLat && !covered(m.index!)) add('screening.geo.decimal', m.index!, m[0].length, '经纬度');
  }
  for (const m of folded.matchAll(DECIMAL_AFTER_WORD)) {
    if (Math.abs(Number(m[1])) > 180 || covered(m.index!) || covered(m.index! + m[0].length - 1)) continue;
    add('screening.geo.decimal', m.index!, m[0].length, '经纬度');
  }
  return hits;
}
