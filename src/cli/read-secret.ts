// A secret typed at a terminal, not echoed and asked twice, so that a password never appears on the command line
// (where `ps` and the shell history would keep it). Without a terminal there is nobody to ask: undefined.
import { createInterface } from 'node:readline/promises';
import { UsageError } from './command.ts';

async function askHidden(prompt: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // readline echoes what is typed through _writeToOutput; muting it keeps the prompt and hides the characters.
  const muted = lines as unknown as { _writeToOutput: (text: string) => void };
  const write = muted._writeToOutput.bind(lines);
  muted._writeToOutput = (text) => write(text.startsWith(prompt) ? prompt : '');
  try {
    return await lines.question(prompt);
  } finally {
    lines.close();
    process.stderr.write('\n');
  }
}

export async function readSecret(label: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const first = await askHidden(`${label}：`);
  const second = await askHidden(`再次输入${label}：`);
  if (first !== second) throw new UsageError(`两次输入的${label}不一致`);
  return first;
}
