// Which files an import takes: files named on the command line as they are (so an unsupported one is
// reported as failed), and from folders, recursively, the visible files of supported types. Other
// files found in folders are listed as skipped, so the reporter sees what was left out.
import { readdirSync, statSync, type Stats } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { SUPPORTED_EXTENSIONS } from '../core/documents/extract'

export interface Candidate {
  path: string
  /** Why this path cannot be imported at all (it does not exist). */
  problem?: string
  /** Why a file found in a folder is left out (a type Casefile does not import). */
  skip?: string
}

export function collectFiles(paths: string[]): Candidate[] {
  const candidates: Candidate[] = []
  const seen = new Set<string>()
  const add = (candidate: Candidate) => {
    if (seen.has(candidate.path)) return
    seen.add(candidate.path)
    candidates.push(candidate)
  }
  for (const given of paths) {
    const path = resolve(given)
    const stats = statOrNull(path)
    if (!stats) add({ path, problem: `There is no file or folder at “${given}”.` })
    else if (stats.isDirectory()) for (const file of walkFolder(path)) add(isSupported(file) ? { path: file } : { path: file, skip: skipReason(file) })
    else add({ path })
  }
  return candidates
}

/** Every visible file under the folder, in name order. */
function walkFolder(folder: string): string[] {
  const files: string[] = []
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return files // an unreadable subfolder is skipped, like a hidden one
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    // Linked folders are not followed (they can loop); linked files are taken like files.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && statOrNull(path)?.isFile() === true)
    if (entry.isDirectory()) files.push(...walkFolder(path))
    else if (isFile) files.push(path)
  }
  return files
}

export function isSupported(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase())
}

function skipReason(path: string): string {
  const extension = extname(path).toLowerCase()
  return extension ? `Casefile does not import ${extension} files yet.` : 'Casefile imports only files with a known extension (.pdf, .txt, .md, .html).'
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}
