/** Timestamps are stored and sent as ISO strings. */
export const now = (): string => new Date().toISOString()
