// Small JSON files in the app's settings folder (recent cases, preferences): read leniently, written
// whole through a temporary file and a rename, so a crash never leaves half a file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** The parsed file, or undefined when it is missing or damaged (callers start from defaults). */
export function readSettingsFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

export function writeSettingsFile(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify(data, null, 2))
  renameSync(temporary, file)
}
