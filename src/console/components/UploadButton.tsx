// A button that picks one file and uploads it (api/upload.ts), showing how much has been sent; the server judges
// type and size. What it answers is handed to the caller: the stored record, or the refusal to show.
import { Button, Flex, Progress } from 'antd';
import { useRef, useState } from 'react';
import { uploadFile } from '../api/upload.ts';
import { errorMessage } from './QueryState.tsx';

export function UploadButton<T>({
  path,
  label,
  onUploaded,
  onRefused,
}: {
  path: string;
  label: string;
  onUploaded: (stored: T) => void | Promise<void>;
  onRefused: (message: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState<number | null>(null);
  const send = async (file: File) => {
    setSent(0);
    try {
      await onUploaded(await uploadFile<T>(path, file, setSent));
    } catch (error) {
      onRefused(errorMessage(error));
    } finally {
      setSent(null);
    }
  };
  return (
    <Flex gap={8} align="center">
      {sent !== null && (
        <Progress percent={sent} size="small" style={{ width: 120, margin: 0 }} aria-label="上传进度" />
      )}
      <input
        ref={input}
        type="file"
        aria-label={`选择文件：${label}`}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void send(file);
          e.target.value = '';
        }}
      />
      <Button size="small" loading={sent !== null} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </Flex>
  );
}
