// The reader's own findings (rule ids READ-*): a table it refused to align, an agency or year it could not find.
import type { Finding } from '../../core/findings.ts';

export function tableRefused(table: string, row: string, reason: string): Finding {
  return {
    rule: 'READ-TABLE',
    severity: 'error',
    location: { table, row },
    expected: null,
    actual: null,
    message: `无法读取“${table}”：“${row}”行${reason}。为免误读，整张表未读取。`,
  };
}

export function metaMissing(what: 'agency' | 'year'): Finding {
  const name = what === 'agency' ? '机关名称' : '报告年度';
  return {
    rule: 'READ-META',
    severity: 'warning',
    location: {},
    expected: null,
    actual: null,
    message: `未能从标题或前言中读出${name}（通常写作“《××机关××年政府信息公开工作年度报告》”）。`,
  };
}
