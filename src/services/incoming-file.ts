// A file a client is sending: its name is known as soon as its part begins, its bytes only once they have arrived.
// A use case first authorizes and checks the name, then asks for the bytes with the largest size it accepts — so a
// refused caller or name costs no upload, and the door (server/api/file-upload.ts) can stop reading past the limit.
export interface IncomingFile {
  fileName: string;
  /**
   * The bytes, held once in memory. Refused with platform.uploadTooLarge past `maxBytes` or the door's own ceiling,
   * whichever is lower; `limit` is the one that applied.
   */
  receive(maxBytes?: number): Promise<{ bytes: Uint8Array; limit: number }>;
}

/** A file already in memory (the demo, tests): nothing to receive; the use case's own size check still applies. */
export function heldFile(fileName: string, bytes: Uint8Array): IncomingFile {
  return {
    fileName,
    receive: async (maxBytes = Number.POSITIVE_INFINITY) => ({ bytes, limit: maxBytes }),
  };
}
