import type { Finding } from '../../core/findings.ts';
import type { AnnualReport } from '../../core/report/model.ts';

/** A document read into the model; findings are reading problems only (rules READ-*), never the checker's. */
export interface ReadResult {
  report: AnnualReport;
  findings: Finding[];
}
