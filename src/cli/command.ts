// What every CLI command module exports, and the one place that turns failures into a Chinese line and an exit
// code: a DomainError or a usage error prints its message only; anything else is a bug and shows its stack.
import { isDomainError } from '../core/errors/index.ts';

export interface CommandModule {
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

/** Wrong arguments: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export async function runCommand(command: CommandModule, args: string[]): Promise<number> {
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`错误：${error.message}\n${error.usage ? `\n${error.usage}\n` : ''}`);
      return 2;
    }
    if (isDomainError(error)) {
      process.stderr.write(`错误（${error.code}）：${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
