// The seven columns of table 三 (国办公开办函〔2021〕30号 format; docs/statute.md §2.3).
// 申请人情况: 自然人 | 法人或其他组织 (five kinds) | 总计. The official table has no organisation subtotal.

export const APPLICANT_KINDS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicWelfareOrganization',
  'legalServiceOrganization',
  'otherOrganization',
] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const APPLICANT_COLUMNS = [...APPLICANT_KINDS, 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** Exact column labels as printed in the format. */
export const APPLICANT_LABELS: Record<ApplicantColumn, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '商业企业',
  researchInstitution: '科研机构',
  publicWelfareOrganization: '社会公益组织',
  legalServiceOrganization: '法律服务机构',
  otherOrganization: '其他',
  total: '总计',
};

/** The header group above the five organisation kinds. */
export const ORGANIZATION_GROUP_LABEL = '法人或其他组织';
export const APPLICANT_GROUP_LABEL = '申请人情况';
