// Claims about the results of review and litigation that state no number: "行政复议3件，均获维持". Each names the
// kinds of case it is about (those the sentence names before it); the checker compares it with table 四.
import type { AnnualReport } from '../model.ts';
import type { CaseKind } from './aggregates.ts';
import { ALL_UPHELD, DISCLOSURE_CASE, casesNamed } from './lexicon.ts';
import { NARRATIVE_SECTIONS, sentencesOf } from './sentences.ts';

export interface AllUpheldClaim {
  /** The words, from the start of the sentence to the claim: "行政复议3件，均获维持". */
  quote: string;
  section: string;
  kinds: CaseKind[];
}

export function findAllUpheldClaims(report: AnnualReport): AllUpheldClaim[] {
  const claims: AllUpheldClaim[] = [];
  for (const section of report.sections) {
    if (!NARRATIVE_SECTIONS.has(section.key) || !section.text.includes('维持')) continue;
    for (const sentence of sentencesOf(section.text)) {
      const claim = ALL_UPHELD.exec(sentence);
      if (claim === null || !DISCLOSURE_CASE.test(sentence)) continue;
      const quote = sentence.slice(0, claim.index + claim[0].length).trim();
      // "行政复议2件，行政诉讼1件，行政诉讼均获维持": the clause's own kinds when it names some.
      const clause = quote.slice(Math.max(quote.lastIndexOf('，'), quote.lastIndexOf(',')) + 1);
      const own = casesNamed(clause);
      const kinds = own.length > 0 ? own : casesNamed(quote);
      if (kinds.length > 0) claims.push({ quote, section: section.heading, kinds });
    }
  }
  return claims;
}
