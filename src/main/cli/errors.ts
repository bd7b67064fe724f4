/** Raised by a command that ran to the end but must report failure (exit code 1). */
export class PartialFailure extends Error {}
