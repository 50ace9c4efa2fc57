// Error codes of backup and restore with their Chinese messages. Add codes here; never reuse or rename one.
export const BACKUP_ERRORS = {
  'backup.unsupportedEngine': '数据库地址“{url}”不支持备份与恢复：只支持 sqlite: 文件和 postgres:// 服务器',
  'backup.notGongkaiDatabase':
    '数据库 {target} 中没有 Gongkai 的数据表（尚未初始化或地址有误），没有可备份的内容',
  'backup.fileMissing': '找不到备份文件 {file}',
  'backup.wrongFormat': '{file} 不是 {engine} 的备份文件，不能恢复到该数据库',
  'backup.targetNotEmpty': '目标数据库 {target} 中已有数据，恢复会覆盖它们；确认覆盖请加 --force',
  'backup.targetInUse':
    '目标数据库 {target} 正在使用中（存在预写日志 {wal}），请先停止服务再恢复；确认强制覆盖请加 --force',
  'backup.toolMissing':
    '找不到 {tool}：备份与恢复 PostgreSQL 需要 PostgreSQL 客户端工具（如 apt install postgresql-client），并把它放在 PATH 中',
  'backup.toolFailed': '{tool} 执行失败（退出码 {code}）：{detail}',
} as const satisfies Record<string, string>;
