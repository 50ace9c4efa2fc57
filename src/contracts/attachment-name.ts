// The name of an uploaded file — a publication's attachment or an applicant's material — is shown to people and
// offered as the download's name. So it has no directory part, no control characters, does not hide itself behind a
// leading dot, and carries no character that reorders or hides text: bidirectional controls (U+200E, U+200F,
// U+061C, U+202A–U+202E, U+2066–U+2069) make "申请书‮fdp.exe" read as "申请书exe.pdf".
import { z } from 'zod';

const FORBIDDEN_NAME_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- the control characters are what this refuses
  /[/\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const attachmentFileName = z
  .string()
  .trim()
  .min(1, { error: '文件名不能为空' })
  .max(200, { error: '文件名不能超过 200 个字符' })
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name), {
    error: '文件名含有路径分隔符、控制字符或文字方向控制符，请改名后重新上传',
  })
  .refine((name) => !name.startsWith('.'), { error: '文件名不能以“.”开头，请改名后重新上传' });
