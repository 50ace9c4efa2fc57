// One file sent as multipart/form-data (field `file`), the way the server's upload routes take it
// (server/api/attachment-uploads.ts): streamed by the browser, never read into a base64 string, with the share sent
// so far reported as it goes (fetch cannot tell upload progress; XMLHttpRequest can).
import { ApiError, errorOf } from './client.ts';

export function uploadFile<T>(path: string, file: File, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1${path}`);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.floor((event.loaded / event.total) * 100));
    };
    request.onerror = () =>
      reject(new ApiError(0, 'network.unreachable', '无法连接服务器，请检查网络后重试。'));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(errorOf(request.status, body));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
