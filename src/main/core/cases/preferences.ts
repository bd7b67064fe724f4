// The user's preferences, kept as a small JSON file in the app's settings folder (not in a case:
// they follow the person, not the investigation).
import { userInfo } from 'node:os'
import type { Preferences } from '../../../shared/models'
import { readSettingsFile, writeSettingsFile } from './settingsFile'

export class PreferencesFile {
  constructor(private readonly file: string) {}

  read(): Preferences {
    // Missing or unreadable: start from the defaults.
    const data = readSettingsFile(this.file) as Partial<Preferences> | undefined
    const userName = data?.userName
    return { userName: typeof userName === 'string' && userName.trim() ? userName.trim() : null }
  }

  write(preferences: Preferences): Preferences {
    writeSettingsFile(this.file, preferences)
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
