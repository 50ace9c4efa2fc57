// 《条例》第三十三条第二款: the extension (at most EXTENSION_MAX_WORKING_DAYS, rules.ts) must be decided within the
// original period; a later one is flagged (R-DL-2).
import type { Finding } from '../findings.ts';
import type { IsoDate } from './events.ts';

export function lateExtension(originalDueOn: IsoDate, extendedOn: IsoDate): Finding {
  return {
    rule: 'R-DL-2',
    severity: 'warning',
    location: {},
    expected: originalDueOn,
    actual: extendedOn,
    message: `延长答复期限的决定于 ${extendedOn} 作出，晚于原答复期限 ${originalDueOn}（《条例》第三十三条第二款要求在期限内延长并告知申请人）`,
  };
}
