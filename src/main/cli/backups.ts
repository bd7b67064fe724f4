// Backups from the command line: `backup` writes one now; `restore` lists a case's backups or puts
// one back (after backing up the current state, so a restore can itself be undone).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { CasefileError } from '../../shared/errors'
import type { BackupInfo } from '../../shared/models'
import { backupFolder, backupPath, listBackups, replaceWithBackup, verifyBackup, writeBackup } from '../core/maintenance/backup'
import { withCase } from './caseFile'
import { table } from './format'

export function registerBackupCommands(program: Command, out: (text?: string) => void): void {
  program
    .command('backup')
    .description('write a consistent backup of a case now (kept in “<case-file>.backups”)')
    .argument('<case-file>', 'the case file to back up')
    .action(async (caseFile: string) => {
      const path = resolve(caseFile)
      const backup = await withCase(path, (db) => writeBackup(db, path, 'manual'))
      out(`Backed up ${caseFile} to ${backupFolder(caseFile)}/${backup.file}.`)
    })

  program
    .command('restore')
    .description('list the backups of a case, or restore one of them')
    .argument('<case-file>', 'the case file to restore')
    .option('--from <backup>', 'the backup to restore: its number in the list (1 = newest) or its file name')
    .option('--json', 'print the list of backups as JSON')
    .action(async (caseFile: string, options: { from?: string; json?: boolean }) => {
      const path = resolve(caseFile)
      if (!existsSync(path)) throw new CasefileError('not_found', `There is no case file at “${caseFile}”.`)
      const backups = listBackups(path)
      if (!options.from) {
        if (options.json) out(JSON.stringify({ caseFile, backups }, null, 2))
        else out(backupList(caseFile, backups))
        return
      }
      const chosen = /^\d+$/.test(options.from) ? backups[Number(options.from) - 1]?.file : options.from
      if (!chosen) {
        throw new CasefileError('not_found', `There is no backup number ${options.from}; run “casefile restore ${caseFile}” to list them.`)
      }
      const source = backupPath(path, chosen)
      // Opening the case checks it is not open elsewhere, and keeps its current state as a backup.
      const undo = await withCase(path, (db, passphrase) => {
        verifyBackup(source, passphrase)
        return writeBackup(db, path, 'before-restore')
      })
      replaceWithBackup(path, source)
      out(`Restored ${caseFile} from ${chosen}. Its state before the restore is kept as ${undo.file}.`)
    })
}

function backupList(caseFile: string, backups: BackupInfo[]): string {
  if (backups.length === 0) return `${caseFile} has no backups yet (they are written when the app opens or edits it, or by “casefile backup”).`
  const rows = backups.map((backup, index) => [
    String(index + 1),
    backup.createdAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    backup.reason,
    `${(backup.bytes / 1024).toFixed(0)} KB`,
    backup.file
  ])
  return `${table(['#', 'Written', 'Why', 'Size', 'File'], rows)}\n\nRestore one with “casefile restore ${caseFile} --from <#>”.`
}
