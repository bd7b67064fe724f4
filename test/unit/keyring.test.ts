// Remembered passphrases: sealed by the OS keychain (faked here), never written in the clear, used
// when a case is opened without one, and forgotten when they stop working.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/handlers'
import { createSafeStorageKeyring, type SecretStore } from '../../src/main/keyring'
import { tempDir } from './helpers/tmp'

/** Stands in for the OS keychain: reversible, but nothing like the plain text. */
const sealing: SecretStore = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)).reverse(),
  decryptString: (data) => Buffer.from([...Buffer.from(data).reverse()].map((byte) => byte ^ 0x5a)).toString('utf8')
}

describe('the desktop keyring', () => {
  it('keeps passphrases sealed and refuses to keep them without real encryption', () => {
    const file = join(tempDir(), 'remembered.json')
    const keyring = createSafeStorageKeyring(file, sealing)!
    keyring.set('/cases/a.casefile', 'correct horse battery')
    expect(keyring.get('/cases/a.casefile')).toBe('correct horse battery')
    expect(readFileSync(file, 'utf8')).not.toMatch(/horse/)
    keyring.set('/cases/a.casefile', null)
    expect(keyring.get('/cases/a.casefile')).toBeNull()

    expect(createSafeStorageKeyring(file, { ...sealing, isEncryptionAvailable: () => false })).toBeNull()
    expect(createSafeStorageKeyring(file, { ...sealing, getSelectedStorageBackend: () => 'basic_text' })).toBeNull()
  })

  it('opens a remembered case without asking, and asks again once the passphrase changed elsewhere', async () => {
    const dir = tempDir()
    const keyring = createSafeStorageKeyring(join(dir, 'remembered.json'), sealing)!
    const core = () =>
      createCore({
        shell: 'desktop',
        version: 'test',
        casesDir: join(dir, 'cases'),
        settingsDir: join(dir, 'settings'),
        resourcesDir: resolve('resources'),
        keyring
      })
    const first = core()
    expect((await first.handlers['app.info']({})).canRememberPassphrase).toBe(true)
    const { path } = await first.handlers['cases.create']({ title: 'Kept', passphrase: 'correct horse battery', remember: true })
    first.close()

    const second = core()
    expect((await second.handlers['cases.open']({ path })).encrypted).toBe(true)
    second.close()

    keyring.set(path, 'an outdated passphrase')
    const third = core()
    await expect(Promise.resolve().then(() => third.handlers['cases.open']({ path }))).rejects.toMatchObject({ code: 'passphrase_required' })
    expect((await third.handlers['app.info']({})).pendingUnlock).toBe(path)
    expect(keyring.get(path)).toBeNull()
    await third.handlers['cases.close']({})
    expect((await third.handlers['app.info']({})).pendingUnlock).toBeNull()
    await third.handlers['cases.open']({ path, passphrase: 'correct horse battery' })
    third.close()
  })
})
