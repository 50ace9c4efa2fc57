// What the unit tier's guard (no-io.ts) refused during the current test. A refusal throws where the I/O was
// attempted, and is also recorded, so that a test which catches the error (or a library that swallows it) still
// fails when the test ends.
const refused: string[] = [];

export class UnitTierIoError extends Error {
  constructor(what: string) {
    super(
      `单元测试层不得${what}。需要数据库、套接字、浏览器或子进程的测试属于完整测试（npm test），` +
        '不能放在 src/core、src/formats 的纯测试中（见 vitest.unit.config.ts）。',
    );
    this.name = 'UnitTierIoError';
  }
}

/** Records the attempt and throws. */
export function refuse(what: string): never {
  refused.push(what);
  throw new UnitTierIoError(what);
}

/** A stand-in for a function or class that refuses when called or constructed. */
export function refusing(what: string): () => never {
  return function refusedCall(): never {
    return refuse(what);
  };
}

/** The refusals recorded since the last call, cleared. */
export function takeRefusals(): string[] {
  return refused.splice(0);
}
