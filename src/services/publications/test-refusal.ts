// For the tests of this folder: the DomainError code a call was refused with, or 'accepted'.
import { isDomainError } from '../../core/errors/index.ts';

export async function refusalCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
  return 'accepted';
}
