// Remembered passphrases for the desktop app, encrypted with Electron's safeStorage (the OS
// keychain: Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux) and kept as base64
// in a small JSON file in the user's settings folder. Never stored in plain text: when the OS
// offers no real encryption, nothing is remembered.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Keyring } from './core/cases/keyring'

/** The part of Electron's safeStorage this needs (injected, so it can be tested without Electron). */
export interface SecretStore {
  isEncryptionAvailable(): boolean
  encryptString(text: string): Buffer
  decryptString(data: Buffer): string
  getSelectedStorageBackend?(): string
}

export function createSafeStorageKeyring(file: string, store: SecretStore): Keyring | null {
  // On Linux without a keyring daemon Electron falls back to a hard-coded key: that is plain text in disguise.
  if (!store.isEncryptionAvailable() || store.getSelectedStorageBackend?.() === 'basic_text') return null
  const read = (): Record<string, string> => {
    try {
      const data: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
      return data && typeof data === 'object' ? (data as Record<string, string>) : {}
    } catch {
      return {}
    }
  }
  const write = (entries: Record<string, string>) => {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(`${file}.tmp`, JSON.stringify(entries, null, 2), { mode: 0o600 })
    renameSync(`${file}.tmp`, file)
  }
  return {
    get(casePath) {
      const sealed = read()[casePath]
      if (!sealed) return null
      try {
        return store.decryptString(Buffer.from(sealed, 'base64'))
      } catch {
        return null // sealed by another user or machine: ask instead
      }
    },
    set(casePath, passphrase) {
      const entries = read()
      if (passphrase === null) delete entries[casePath]
      else entries[casePath] = store.encryptString(passphrase).toString('base64')
      write(entries)
    }
  }
}
