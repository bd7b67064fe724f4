// Where a shell may remember case passphrases for the user. The core only asks and tells; how a
// secret is kept is the shell's business (the desktop app uses the OS keychain through Electron's
// safeStorage, see src/main/keyring.ts; the browser shell remembers nothing).

export interface Keyring {
  get(casePath: string): string | null
  /** Remembers a passphrase for a case, or forgets it (null). */
  set(casePath: string, passphrase: string | null): void
}
