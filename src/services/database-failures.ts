// Why a database could not be opened, as one Chinese line for the operator (issue 12: a start-up failure is never
// a stack trace). The causes people meet — a path that cannot be written, a server that does not answer, a wrong
// password, a database that does not exist — are named; anything else keeps the driver's own one-line message.
import { DomainError, isDomainError } from '../core/errors/index.ts';

const REASONS: Record<string, string> = {
  SQLITE_CANTOPEN: '无法打开或创建数据库文件（目录不存在且无法创建、没有写权限，或路径位于只读的系统目录）',
  SQLITE_NOTADB: '该文件不是 SQLite 数据库',
  SQLITE_READONLY: '数据库文件只读',
  SQLITE_FULL: '存储空间不足',
  EACCES: '没有读写该路径的权限',
  EPERM: '没有读写该路径的权限',
  EROFS: '该路径所在的文件系统只读',
  ENOTDIR: '路径中有一段是文件而不是目录',
  EEXIST: '路径中有一段是文件而不是目录',
  ENOENT: '无法在该位置创建目录（上级路径不存在，或位于系统目录）',
  ENOSPC: '存储空间不足',
  ECONNREFUSED: '数据库服务器拒绝连接（未启动或端口不对）',
  ENOTFOUND: '找不到数据库服务器的主机名',
  EAI_AGAIN: '暂时无法解析数据库服务器的主机名',
  ETIMEDOUT: '连接数据库服务器超时',
  '28P01': '用户名或密码错误',
  '28000': '数据库服务器不允许该用户登录',
  '3D000': '数据库不存在，请先创建',
  '53100': '数据库服务器存储空间不足',
};

/** The URL as it may be printed: a password in it is replaced by ***. */
function shown(url: string | undefined): string {
  if (!url) return process.env.GONGKAI_DATABASE_URL ? 'GONGKAI_DATABASE_URL 所指的数据库' : '默认数据库';
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

export function databaseOpenFailure(error: unknown, url: string | undefined): DomainError {
  if (isDomainError(error)) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const firstLine = typeof message === 'string' ? message.split('\n')[0]! : String(error);
  const reason = (typeof code === 'string' && REASONS[code]) || firstLine;
  return new DomainError('platform.databaseUnavailable', { target: shown(url), reason });
}
