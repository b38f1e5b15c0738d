// One error type for everything the user can cause. cli.ts turns it into one line on stderr and an exit
// status; anything else that escapes is a bug and is reported as such (still one line, exit 70).

export const EXIT = { ok: 0, notFound: 1, usage: 2, software: 70, interrupted: 130 } as const;

export class ReaderError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'ReaderError';
  }
}

/** "Nothing found": exit 1 with a message, like grep with no match. */
export function notFound(message: string): ReaderError {
  return new ReaderError(message, EXIT.notFound);
}
