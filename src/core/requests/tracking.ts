// The public's handle on a request: a tracking number (查询号) printed on the receipt and a query code (查询码)
// shown once. One definition of their shape, used by the generator (services/requests/intake.ts) and by the
// validator of the status lookup (contracts/public.ts), so no generated number is ever refused at the lookup.

// Crockford's base32 without I, L, O, U: nothing a person can misread when typing it from a letter. 32 symbols, so
// a random byte modulo 32 picks each one without bias.
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random characters after GK and the year: 50 bits, unique in practice (the unique index retries if not). */
export const TRACKING_RANDOM_LENGTH = 10;

export const TRACKING_NUMBER_PATTERN = new RegExp(
  `^GK\\d{4}[${TRACKING_ALPHABET}]{${TRACKING_RANDOM_LENGTH}}$`,
);
export const TRACKING_NUMBER_HINT = `查询号格式应为 GK + 4 位年份 + ${TRACKING_RANDOM_LENGTH} 位字母数字（不含 I、L、O、U）`;

/** GK + year + one alphabet symbol per random byte given (TRACKING_RANDOM_LENGTH of them). */
export function trackingNumberOf(year: number, randomBytes: Uint8Array): string {
  if (randomBytes.length !== TRACKING_RANDOM_LENGTH)
    throw new RangeError(`需要 ${TRACKING_RANDOM_LENGTH} 个随机字节`);
  return `GK${year}${Array.from(randomBytes, (b) => TRACKING_ALPHABET[b % TRACKING_ALPHABET.length]).join('')}`;
}

/** 8 digits; guessing is bounded by the rate limit of the public lookup and by needing the tracking number too. */
export const QUERY_CODE_DIGITS = 8;
export const QUERY_CODE_PATTERN = new RegExp(`^\\d{${QUERY_CODE_DIGITS}}$`);
