// Who an applicant is, as one stable key, so the 第三十五条 check (art35.ts) can find the same applicant's other
// requests at an agency. The intake keeps what 《条例》第二十九条 asks for as the person typed it: a name, a 身份证明
// (the document's name and number, or the 统一社会信用代码, free text) and a contact (a phone, an address or an
// e-mail address, free text). Names collide (王伟) and people write their documents in many ways, so:
// 1. the number of the identity document when one is given — a resident ID, a passport or permit number, an
//    organisation's unified social credit code — without the words around it, spaces, hyphens or full-width forms:
//    it names one person or organisation however the name is written and whatever contact they give this time;
// 2. failing that, the name with the phone number found in the contact (a mobile or a landline, without +86,
//    spaces or hyphens): a name with a phone is near-unique and what an applicant with no document writes each time;
// 3. failing a phone, the name with the e-mail address, else with the contact as written (without whitespace).
// The key is plain text here; the service stores only its hash (it would otherwise be a second copy of the ID
// number).

export interface ApplicantIdentity {
  name: string;
  idDocument: string | null;
  contact: string;
  email: string | null;
}

/** Full-width letters and digits folded to ASCII (NFKC), whitespace and the separators people type dropped. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\-－—_.·•()（）:：]/gu, '');
}

/** The identity document's number: the longest run of ASCII letters and digits holding at least 6 digits. */
export function documentNumber(idDocument: string): string | null {
  const runs =
    compact(idDocument)
      .toUpperCase()
      .match(/[0-9A-Z]+/g) ?? [];
  let best: string | null = null;
  for (const run of runs) {
    const digits = run.replace(/\D/g, '').length;
    if (digits >= 6 && (best === null || run.length > best.length)) best = run;
  }
  return best;
}

const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d(?:[\s-]?\d){8})(?!\d)/u;
const LANDLINE = /(?<!\d)(?:0\d{2,3}[\s-]?)?[2-9]\d{6,7}(?!\d)/u;

/**
 * A mobile number (11 digits from 1[3-9], without +86), else a landline (an optional area code and 7–8 digits),
 * digits only; null when the contact holds neither. Separators count only inside a number, so a postcode written
 * before the phone is not read as part of it.
 */
export function phoneNumber(contact: string): string | null {
  const text = contact.normalize('NFKC');
  const mobile = MOBILE.exec(text);
  if (mobile) return mobile[1]!.replace(/\D/g, '');
  const landline = LANDLINE.exec(text);
  return landline ? landline[0].replace(/\D/g, '') : null;
}

function emailAddress(text: string): string | null {
  const match = /[^\s@<>()（）]+@[^\s@<>()（）]+\.[^\s@<>()（）]+/u.exec(text.normalize('NFKC'));
  return match ? match[0].toLowerCase() : null;
}

export function applicantKey(applicant: ApplicantIdentity): string {
  const number = applicant.idDocument ? documentNumber(applicant.idDocument) : null;
  if (number) return `id:${number}`;
  const name = compact(applicant.name);
  const reach =
    phoneNumber(applicant.contact) ??
    emailAddress(applicant.contact) ??
    (applicant.email ? emailAddress(applicant.email) : null) ??
    compact(applicant.contact);
  return `name:${name}|${reach}`;
}
