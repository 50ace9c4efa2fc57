/** What a backup holds, printed so that an operator can tell a good copy from an empty one. */
export interface BackupCounts {
  requests: number;
  auditRows: number;
}
