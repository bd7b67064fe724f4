// The handler table: one per API method, over the case file that is open in this session.
// Both shells (IPC in the desktop app, the loopback bridge in a browser) serve this same table.
import { createHash, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { REVIEW_MODE_METHODS, type Handlers, type Method } from '../../shared/api'
import { CasefileError } from '../../shared/errors'
import type { CaseInfo } from '../../shared/models'
import { changePassphrase, isEncrypted, openCaseDb, type Db } from './db/open'
import { RecentCases } from './cases/recent'
import { countItems, initCase, readCase, saveLayout } from './cases/repo'
import * as documents from './documents/repo'
import { ImportRegistry } from './documents/imports'
import { createNote, importDocument } from './documents/service'
import * as passages from './passages/repo'
import * as questions from './questions/repo'
import { matchesInDocument, search } from './search/repo'
import { buildSampleCase, SAMPLE_TITLE } from './sample/build'
import { contactHandlers } from './contacts/handlers'
import { startAutoBackup, type AutoBackup, type BackupSchedule } from './maintenance/autoBackup'
import { backupPath, listBackups, removeBackups, replaceWithBackup, verifyBackup, writeBackup } from './maintenance/backup'
import type { Keyring } from './cases/keyring'
import { fallbackActor, PreferencesFile } from './cases/preferences'
import { claimHandlers } from './claims/handlers'
import { auditHandlers } from './audit/handlers'
import { setAuditActor } from './audit/triggers'
import { summaryHandlers, type PrintToPdf } from './export/handlers'
import { now } from './time'

export interface CoreOptions {
  shell: 'desktop' | 'browser'
  version: string
  /** Where new cases go when the user gives a title but no path (the browser shell has no file dialog). */
  casesDir: string
  /** Where the recent-cases list is kept. */
  settingsDir: string
  /** The app's resources folder (the sample case's documents live in resources/sample). */
  resourcesDir: string
  /** When automatic backups are taken (see maintenance/autoBackup). */
  backups?: BackupSchedule
  /** Where passphrases may be remembered (the desktop app's OS keychain); none in the browser. */
  keyring?: Keyring | null
  /** Prints the summary's HTML to PDF (the desktop app, with Electron); without it PDF export is refused. */
  printToPdf?: PrintToPdf
}

export interface Core {
  handlers: Handlers
  /** The database of the open case, for shells and tests that need it directly. */
  currentDb(): Db | null
  close(): void
}

export function createCore(options: CoreOptions): Core {
  const recent = new RecentCases(join(options.settingsDir, 'recent-cases.json'))
  const preferences = new PreferencesFile(join(options.settingsDir, 'preferences.json'))
  const keyring = options.keyring ?? null
  let pendingUnlock: string | null = null
  /**
   * The passphrase of an encrypted case stays in memory while it is open: restore reopens with it.
   * `review`: opened for review (read-only but for reviews and exports; no backups beside someone else's file).
   */
  let open: { db: Db; path: string; passphrase: string | null; backups: AutoBackup; review: boolean } | null = null
  const imports = new ImportRegistry()

  const opened = () => {
    if (!open) throw new CasefileError('no_case_open', 'Open or create a case first.')
    return open
  }
  const db = (): Db => opened().db
  const casePath = (): string => opened().path
  /** Who the audit log and sign-offs name. */
  const userName = (): string | null => preferences.read().userName
  const actor = (): string => userName() ?? fallbackActor()

  const caseInfo = (): CaseInfo => {
    const { db: database, path } = open!
    return { path, ...readCase(database), readOnly: open!.review, encrypted: isEncrypted(database) }
  }

  const closeCase = () => {
    imports.cancelAll() // imports into this case store nothing once it is closed
    open?.backups.stop()
    open?.db.close()
    open = null
  }

  const adopt = (database: Db, path: string, passphrase: string | null, mode: { created?: boolean; review?: boolean } = {}): CaseInfo => {
    closeCase()
    const review = mode.review === true
    const backups = review ? { stop() {} } : startAutoBackup(database, path, { ...options.backups, backupOnOpen: !mode.created })
    setAuditActor(database, actor())
    open = { db: database, path, passphrase: isEncrypted(database) ? passphrase : null, backups, review }
    const info = caseInfo()
    rememberRecent(info)
    return info
  }

  // An encrypted case's title is part of its secrets: the recent list (a plain file) does not keep it.
  const rememberRecent = (info: CaseInfo) => recent.remember(info.path, info.encrypted ? null : info.title, now())

  /** Opens with the given passphrase, else a remembered one; an encrypted case without either waits for one. */
  const openWithKey = (path: string, given: string | undefined): { db: Db; passphrase: string | null } => {
    const remembered = given ? null : (keyring?.get(path) ?? null)
    try {
      return { db: openCaseDb(path, { passphrase: given ?? remembered }), passphrase: given ?? remembered }
    } catch (error) {
      const code = error instanceof CasefileError ? error.code : null
      if (remembered && code === 'wrong_passphrase') keyring?.set(path, null) // changed elsewhere: ask
      if (code === 'passphrase_required' || (remembered && code === 'wrong_passphrase')) {
        pendingUnlock = path
        throw new CasefileError('passphrase_required', `“${basename(path)}” is encrypted. Enter its passphrase to open it.`)
      }
      throw error
    }
  }

  const createCase = (
    title: string,
    path: string | undefined,
    passphrase: string | null,
    fill?: (database: Db) => void
  ): CaseInfo => {
    if (!path) mkdirSync(options.casesDir, { recursive: true })
    const target = path ?? freePath(options.casesDir, passphrase ? 'Encrypted case' : title)
    const database = openCaseDb(target, { create: true, passphrase })
    setAuditActor(database, actor()) // what `fill` writes (the sample) is logged under the user too
    try {
      database.transaction(() => {
        initCase(database, title, now())
        fill?.(database)
      })()
    } catch (error) {
      database.close()
      rmSync(target, { force: true })
      throw error
    }
    return adopt(database, target, passphrase, { created: true })
  }

  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version,
      shell: options.shell,
      casesDir: options.casesDir,
      recent: recent.list(),
      openCase: open ? caseInfo() : null,
      pendingUnlock,
      canRememberPassphrase: keyring !== null,
      preferences: preferences.read()
    }),
    'app.setPreferences': ({ userName: name }) => {
      const saved = preferences.write({ userName: name })
      if (open) setAuditActor(open.db, actor())
      return saved
    },

    'cases.create': ({ title, path, passphrase, remember }) => {
      const info = createCase(title, path, passphrase ?? null)
      if (passphrase && remember) keyring?.set(info.path, passphrase)
      return info
    },
    'cases.open': ({ path, passphrase, remember, review = false }) => {
      if (open?.path === path && open.review === review) return caseInfo()
      // Switching between editing and review: the file is locked while open, so close and reopen it
      // with the passphrase already held rather than asking again.
      const held = open?.path === path ? (open.passphrase ?? undefined) : undefined
      if (open?.path === path) closeCase()
      const database = openWithKey(path, passphrase ?? held)
      pendingUnlock = null
      if (passphrase && remember !== undefined) keyring?.set(path, remember ? passphrase : null)
      return adopt(database.db, path, database.passphrase, { review })
    },
    'cases.changePassphrase': ({ current, next, remember }) => {
      const theCase = opened()
      if (theCase.passphrase !== null && !samePassphrase(current ?? '', theCase.passphrase)) {
        throw new CasefileError('wrong_passphrase', 'The current passphrase is not right, so nothing was changed.')
      }
      changePassphrase(theCase.db, next)
      theCase.passphrase = next
      if (keyring?.get(theCase.path) || remember) keyring?.set(theCase.path, remember === false ? null : next)
      // Older backups were written with the old key (or none): they must not outlive it.
      removeBackups(theCase.path)
      writeBackup(theCase.db, theCase.path, 'manual')
      const info = caseInfo()
      rememberRecent(info)
      return info
    },
    'cases.createSample': ({ path }) =>
      createCase(SAMPLE_TITLE, path, null, (database) => buildSampleCase(database, join(options.resourcesDir, 'sample'))),
    'cases.close': () => {
      pendingUnlock = null
      closeCase()
      return null
    },
    'cases.forgetRecent': ({ path }) => {
      recent.forget(path)
      return null
    },
    'cases.saveLayout': ({ layout }) => {
      saveLayout(db(), layout)
      return null
    },
    'cases.counts': () => countItems(db()),
    'cases.backups': () => listBackups(casePath()),
    'cases.backupNow': () => writeBackup(db(), casePath(), 'manual'),
    'cases.restore': ({ file }) => {
      const path = casePath()
      const source = backupPath(path, file)
      const passphrase = opened().passphrase
      verifyBackup(source, passphrase)
      writeBackup(db(), path, 'before-restore')
      closeCase()
      replaceWithBackup(path, source)
      return adopt(openCaseDb(path, { passphrase }), path, passphrase)
    },

    'documents.list': ({ filter }) => documents.listDocuments(db(), filter),
    'documents.get': ({ id }) => documents.getDocument(db(), id),
    'documents.import': ({ name, data, lastModified, password, importId }) => {
      const database = db()
      const file = { name, bytes: Buffer.from(data, 'base64'), lastModified }
      return imports.run(importId, basename(name), (tracker) => importDocument(database, file, { password, tracker }))
    },
    'documents.importProgress': ({ importId }) => imports.progress(importId),
    'documents.cancelImport': ({ importId }) => {
      imports.cancel(importId)
      return null
    },
    'documents.original': ({ id }) => {
      const { mimeType, bytes } = documents.getOriginal(db(), id)
      return { mimeType, data: bytes.toString('base64') }
    },
    'documents.createNote': ({ title, text }) => createNote(db(), title, text),
    'documents.update': ({ id, ...changes }) => {
      documents.updateDocument(db(), id, changes)
      return documents.getDocument(db(), id)
    },
    'documents.delete': ({ id }) => {
      documents.deleteDocument(db(), id)
      return null
    },

    'passages.create': ({ documentId, start, end, rects }) => passages.createPassage(db(), documentId, start, end, rects),
    'passages.listForDocument': ({ documentId }) => passages.listPassagesForDocument(db(), documentId),
    'passages.delete': ({ id }) => {
      passages.deletePassage(db(), id)
      return null
    },

    'questions.list': ({ status }) => questions.listQuestions(db(), status),
    'questions.get': ({ id }) => questions.getQuestion(db(), id),
    'questions.create': (question) => questions.createQuestion(db(), question),
    'questions.update': ({ id, ...changes }) => questions.updateQuestion(db(), id, changes),
    'questions.linkPassage': ({ questionId, passageId }) => {
      questions.linkPassage(db(), questionId, passageId)
      return questions.getQuestion(db(), questionId)
    },
    'questions.unlinkPassage': ({ questionId, passageId }) => {
      questions.unlinkPassage(db(), questionId, passageId)
      return questions.getQuestion(db(), questionId)
    },
    'questions.delete': ({ id }) => {
      questions.deleteQuestion(db(), id)
      return null
    },

    'search.query': ({ query, kinds, limit }) => search(db(), query, { kinds, limit }),
    'search.inDocument': ({ documentId, query }) => matchesInDocument(db(), documentId, query),

    ...contactHandlers(db),
    ...claimHandlers(db, userName),
    ...auditHandlers(db),
    ...summaryHandlers(db, { printToPdf: options.printToPdf })
  }

  return { handlers: guardReviewMode(handlers, () => open?.review === true), currentDb: () => open?.db ?? null, close: closeCase }
}

/** A case open for review refuses every method that could change it (see REVIEW_MODE_METHODS). */
function guardReviewMode(handlers: Handlers, inReview: () => boolean): Handlers {
  const guarded = { ...handlers } as Record<Method, (arg: unknown) => unknown>
  for (const method of Object.keys(handlers) as Method[]) {
    if (REVIEW_MODE_METHODS.has(method)) continue
    const handler = guarded[method]
    guarded[method] = (arg) => {
      if (inReview()) {
        throw new CasefileError(
          'read_only',
          'This case is open for review, so nothing in it can change. Sign-offs and exports still work; to edit, open it normally.'
        )
      }
      return handler(arg)
    }
  }
  return guarded as Handlers
}

/** Compares passphrases in constant time (by their hashes, which have equal lengths). */
function samePassphrase(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/** A file name from the case title that does not exist yet in the folder. */
export function freePath(folder: string, title: string): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w\- ,.()]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80) || 'Case'
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${base}${n === 1 ? '' : ` ${n}`}.casefile`)
    if (!existsSync(candidate)) return candidate
  }
}
