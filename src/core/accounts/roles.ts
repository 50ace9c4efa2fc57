// The roles of the people who work in the system (issue 4). What each may do is decided by the policy
// (services/policy); this file only names them and gives their Chinese labels.
export const ROLES = ['admin', 'clerk', 'officeHead', 'leader', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  clerk: '承办人',
  // 政府信息公开工作机构负责人: the one who may approve an extension (《条例》第三十三条第二款).
  officeHead: '公开办负责人',
  leader: '签发领导',
  supervisor: '监督检查人员',
};
