// What every CLI command module exports, and the one place that turns failures into a Chinese line and an exit
// code: a DomainError or a usage error prints its message only; anything else is a bug and shows its stack.
import { isDomainError } from '../core/errors/index.ts';

export interface CommandModule {
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
  /** The Chinese usage text, printed for --help and after a usage error. */
  usage: string;
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

/**
 * `--help` or `-h` anywhere before a `--` asks for the usage, whatever else is on the line: a person adds it to
 * the command they were about to run, so it must win over every other argument.
 */
export function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * Runs `command`, or prints a usage (exit 0) when the arguments ask for it: `helpFor` picks the module whose usage
 * answers (a sub-command with its own module has its own usage).
 */
export async function runCommand(
  command: CommandModule,
  args: string[],
  helpFor: () => Promise<CommandModule> = async () => command,
): Promise<number> {
  if (asksForHelp(args)) {
    process.stdout.write((await helpFor()).usage + '\n');
    return 0;
  }
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
