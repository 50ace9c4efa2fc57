// For tests of use cases: the DomainError code a call was refused with, or 'accepted'.
import { isDomainError } from '../src/core/errors/index.ts';

export async function refusalCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
  return 'accepted';
}
