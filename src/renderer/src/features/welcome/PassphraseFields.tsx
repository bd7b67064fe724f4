// A new passphrase typed twice, with the warning that nobody can recover a forgotten one.
export const MIN_PASSPHRASE = 8

export interface NewPassphrase {
  passphrase: string
  confirm: string
}

/** The sentence to show when the pair cannot be used, or null when it can. */
export function passphraseProblem({ passphrase, confirm }: NewPassphrase): string | null {
  if (passphrase.length < MIN_PASSPHRASE) return `Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`
  if (passphrase !== confirm) return 'The two passphrases differ. Type the same one twice.'
  return null
}

export function PassphraseFields({ value, onChange, idPrefix }: { value: NewPassphrase; onChange(value: NewPassphrase): void; idPrefix: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-passphrase`} className="field-label">
          Passphrase
        </label>
        <input
          id={`${idPrefix}-passphrase`}
          className="input"
          type="password"
          autoComplete="new-password"
          value={value.passphrase}
          onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-confirm`} className="field-label">
          Passphrase again
        </label>
        <input
          id={`${idPrefix}-confirm`}
          className="input"
          type="password"
          autoComplete="new-password"
          value={value.confirm}
          onChange={(event) => onChange({ ...value, confirm: event.target.value })}
        />
        <p className="field-hint">
          At least {MIN_PASSPHRASE} characters. Without it the case cannot be opened: nobody, not even Casefile, can recover a
          forgotten passphrase.
        </p>
      </div>
    </>
  )
}
