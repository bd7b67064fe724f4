// Export files on disk: sanitized names, and atomic writes (a temporary file in the target folder,
// then a rename), so a reader never sees half a summary and a failure leaves nothing behind. The
// temporary file sits beside the target on purpose: an encrypted case's summary must not pass
// through a shared folder such as /tmp.
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { CasefileError } from '../../../shared/errors'
import type { ExportFormat } from '../../../shared/models'
import { safeFileName } from '../documents/fileName'

export const EXPORT_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' }
}

/**
 * A file name safe on every system: no folders, control or bidi characters, no characters Windows
 * refuses, not hidden, not too long, and ending in the format's extension.
 */
export function exportFileName(name: string, format: ExportFormat): string {
  const { extension } = EXPORT_TYPES[format]
  const clean = safeFileName(name.replace(/[\\/]/g, ' '))
    .replace(/[:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const base = clean === '' || clean === 'untitled' ? 'Summary' : clean
  return safeFileName(base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`)
}

/** Where `export.save` writes: the folder asked for, with the file's name sanitized. */
export function exportTarget(path: string, format: ExportFormat, caseFile: string | null): string {
  if (!isAbsolute(path)) throw new CasefileError('invalid_argument', 'Give the full path of the file to save the summary to.')
  const target = join(dirname(resolve(path)), exportFileName(basename(path), format))
  if (caseFile && [caseFile, `${caseFile}-wal`, `${caseFile}-shm`, `${caseFile}-journal`].some((file) => resolve(file) === target)) {
    throw new CasefileError('invalid_argument', 'That is the case file itself. Choose another name for the summary.')
  }
  checkFolder(dirname(target))
  return target
}

/** Writes `bytes` to `target` whole or not at all, replacing any file there. */
export function writeAtomically(target: string, bytes: Uint8Array): { path: string; bytes: number } {
  const folder = dirname(target)
  checkFolder(folder)
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw new CasefileError('invalid_argument', `“${target}” is a folder. Give a file name for the summary.`)
  }
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let descriptor: number | null = null
  try {
    descriptor = openSync(temporary, 'wx', 0o644)
    let written = 0
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written)
    fsyncSync(descriptor)
    closeSync(descriptor)
    descriptor = null
    renameSync(temporary, target)
    return { path: target, bytes: bytes.length }
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor)
    rmSync(temporary, { force: true })
    throw writeError(error, folder)
  }
}

function checkFolder(folder: string): void {
  const found = statSync(folder, { throwIfNoEntry: false })
  if (!found) throw new CasefileError('not_found', `The folder “${folder}” does not exist. Choose another place to save the summary.`)
  if (!found.isDirectory()) throw new CasefileError('invalid_argument', `“${folder}” is not a folder. Choose another place to save the summary.`)
}

function writeError(error: unknown, folder: string): unknown {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'EACCES':
    case 'EPERM':
      return new CasefileError('forbidden', `Casefile is not allowed to write in the folder “${folder}”. Choose another folder.`)
    case 'EROFS':
      return new CasefileError('forbidden', `The folder “${folder}” is on a read-only disk. Choose another folder.`)
    case 'ENOSPC':
    case 'EDQUOT':
      return new CasefileError('too_large', `There is not enough space in “${folder}” to save the summary.`)
    case 'ENOENT':
    case 'ENOTDIR':
      return new CasefileError('not_found', `The folder “${folder}” does not exist any more. Choose another place to save the summary.`)
    default:
      return error
  }
}
