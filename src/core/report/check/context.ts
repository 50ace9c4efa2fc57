// What every rule of a single report sees: the report, the severity table and the agency facts the rules need.
import type { AnnualReport } from '../model.ts';
import type { Severities } from './severities.ts';

export type GovernmentLevel = 'department' | 'government';

export interface RuleContext {
  report: AnnualReport;
  severities: Severities;
  /** null when the agency is unknown and the caller did not say. */
  level: GovernmentLevel | null;
  canMakeRegulations: boolean | null;
}
