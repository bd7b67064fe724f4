// The user's preferences, kept as a small JSON file in the app's settings folder (not in a case:
// they follow the person, not the investigation).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { dirname } from 'node:path'
import type { Preferences } from '../../../shared/models'

export class PreferencesFile {
  constructor(private readonly file: string) {}

  read(): Preferences {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Preferences>
      return { userName: typeof data.userName === 'string' && data.userName.trim() ? data.userName.trim() : null }
    } catch {
      return { userName: null } // missing or unreadable: start from the defaults
    }
  }

  write(preferences: Preferences): Preferences {
    mkdirSync(dirname(this.file), { recursive: true })
    const temporary = `${this.file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(preferences, null, 2))
    renameSync(temporary, this.file)
    return preferences
  }
}

/** Who the audit log names when no user name is set: the computer account, so no change is anonymous. */
export function fallbackActor(): string {
  try {
    return userInfo().username || 'Unknown user'
  } catch {
    return 'Unknown user'
  }
}
