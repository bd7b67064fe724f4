// The recent-cases list, kept as a small JSON file in the app's settings folder.
import { existsSync } from 'node:fs'
import type { RecentCase } from '../../../shared/models'
import { titleFromPath } from './repo'
import { readSettingsFile, writeSettingsFile } from './settingsFile'

const MAX_RECENT = 12

export class RecentCases {
  constructor(private readonly file: string) {}

  list(): RecentCase[] {
    return this.read().filter((entry) => existsSync(entry.path))
  }

  /** A null title (an encrypted case) is shown as the file's name. */
  remember(path: string, title: string | null, openedAt: string): void {
    const rest = this.read().filter((entry) => entry.path !== path)
    const entry: RecentCase = { path, title: title ?? titleFromPath(path), openedAt, encrypted: title === null }
    this.write([entry, ...rest].slice(0, MAX_RECENT))
  }

  forget(path: string): void {
    this.write(this.read().filter((entry) => entry.path !== path))
  }

  private read(): RecentCase[] {
    // No list yet, or a damaged one: start afresh rather than fail to start.
    const data = readSettingsFile(this.file)
    return Array.isArray(data)
      ? data.filter((entry): entry is RecentCase => typeof entry?.path === 'string' && typeof entry?.title === 'string')
      : []
  }

  private write(entries: RecentCase[]): void {
    writeSettingsFile(this.file, entries)
  }
}
