// Imports a batch of files one at a time. Each file gets an import id, so its progress (page y of m
// for a PDF) can be polled and Cancel can stop it mid-file; the core writes nothing for a file it did
// not finish. A failure is recorded and the batch goes on. A password-protected PDF pauses the batch
// to ask for its password (a wrong one asks again), or can be skipped.
import { useCallback, useRef, useState } from 'react'
import { api } from '../../api/client'
import { MAX_IMPORT_BYTES } from '../../../../shared/api'
import { CasefileError } from '../../../../shared/errors'
import type { DocumentSummary, ImportProgress } from '../../../../shared/models'
import { bytesToBase64 } from '../../lib/base64'
import { errorMessage } from '../../lib/errors'
import { useRevision } from '../../data/revision'
import { rememberPdfPassword } from '../reader/pdf/passwords'

export type ImportResult =
  | { name: string; outcome: 'imported' | 'duplicate'; document: DocumentSummary }
  | { name: string; outcome: 'failed'; message: string }
  | { name: string; outcome: 'skipped' }

/** The question asked while a protected PDF waits for its password. */
export interface PasswordRequest {
  name: string
  /** The last password given did not open the file. */
  wrong: boolean
  submit(password: string): void
  skip(): void
}

export interface ImportState {
  phase: 'idle' | 'running' | 'done'
  total: number
  /** 1-based index of the file being imported. */
  current: number
  currentName: string
  /** How far the current file has got (pages of a PDF), when the core has said. */
  progress: ImportProgress | null
  /** Set while the batch waits for a PDF's password. */
  password: PasswordRequest | null
  results: ImportResult[]
  cancelled: boolean
}

const IDLE: ImportState = { phase: 'idle', total: 0, current: 0, currentName: '', progress: null, password: null, results: [], cancelled: false }

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf']

const POLL_MS = 250

function newImportId(): string {
  return crypto.randomUUID()
}

function tooLarge(file: File): ImportResult | null {
  if (file.size <= MAX_IMPORT_BYTES) return null
  return {
    name: file.name,
    outcome: 'failed',
    message: `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; Casefile imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.`
  }
}

const errorCode = (error: unknown) => (error instanceof CasefileError ? error.code : null)

export function useImport(onFirstImported: (document: DocumentSummary) => void) {
  const { invalidate } = useRevision()
  const [state, setState] = useState<ImportState>(IDLE)
  const cancelRequested = useRef(false)
  const running = useRef(false)
  const currentImport = useRef<string | null>(null)
  const answerPassword = useRef<((password: string | null) => void) | null>(null)

  /** Polls the core for the running file's progress until `importId` is no longer current. */
  const poll = useCallback((importId: string) => {
    const tick = async () => {
      if (currentImport.current !== importId) return
      const progress = await api['documents.importProgress']({ importId }).catch(() => null)
      if (currentImport.current !== importId) return
      if (progress) setState((previous) => (previous.phase === 'running' ? { ...previous, progress } : previous))
      setTimeout(() => void tick(), POLL_MS)
    }
    setTimeout(() => void tick(), POLL_MS)
  }, [])

  const askPassword = useCallback(
    (name: string, wrong: boolean) =>
      new Promise<string | null>((resolve) => {
        const answer = (password: string | null) => {
          answerPassword.current = null
          setState((previous) => ({ ...previous, password: null }))
          resolve(password)
        }
        answerPassword.current = answer
        setState((previous) => ({ ...previous, progress: null, password: { name, wrong, submit: answer, skip: () => answer(null) } }))
      }),
    []
  )

  /** One file, asking for a password as often as needed. Null: cancelled, nothing to record. */
  const importOne = useCallback(
    async (file: File): Promise<ImportResult | null> => {
      const refused = tooLarge(file)
      if (refused) return refused
      let data: string
      try {
        data = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
      } catch (error) {
        return { name: file.name, outcome: 'failed', message: errorMessage(error) }
      }
      let password: string | undefined
      for (;;) {
        const importId = newImportId()
        currentImport.current = importId
        poll(importId)
        try {
          const outcome = await api['documents.import']({ name: file.name, data, lastModified: file.lastModified || undefined, password, importId })
          if (password !== undefined) rememberPdfPassword(outcome.document.id, password)
          return { name: file.name, outcome: outcome.status, document: outcome.document }
        } catch (error) {
          const code = errorCode(error)
          if (cancelRequested.current && code === 'cancelled') return null
          if (code !== 'password_required' && code !== 'wrong_password') return { name: file.name, outcome: 'failed', message: errorMessage(error) }
          currentImport.current = null
          const answer = await askPassword(file.name, code === 'wrong_password')
          if (cancelRequested.current) return null
          if (answer === null) return { name: file.name, outcome: 'skipped' }
          password = answer
        } finally {
          currentImport.current = null
        }
      }
    },
    [poll, askPassword]
  )

  const start = useCallback(
    async (files: File[]) => {
      if (files.length === 0 || running.current) return
      running.current = true
      cancelRequested.current = false
      const results: ImportResult[] = []
      let openedOne = false
      for (let index = 0; index < files.length; index++) {
        if (cancelRequested.current) break
        const file = files[index]!
        setState({ ...IDLE, phase: 'running', total: files.length, current: index + 1, currentName: file.name, results: [...results] })
        const result = await importOne(file)
        if (!result) break
        results.push(result)
        if (result.outcome === 'imported' && !openedOne) {
          openedOne = true
          onFirstImported(result.document)
        }
        invalidate()
      }
      running.current = false
      setState({
        ...IDLE,
        phase: 'done',
        total: files.length,
        current: results.length,
        results,
        cancelled: cancelRequested.current && results.length < files.length
      })
    },
    [invalidate, onFirstImported, importOne]
  )

  const cancel = useCallback(() => {
    cancelRequested.current = true
    const importId = currentImport.current
    if (importId) void api['documents.cancelImport']({ importId }).catch(() => {})
    answerPassword.current?.(null)
  }, [])

  const dismiss = useCallback(() => setState(IDLE), [])

  return { state, start, cancel, dismiss }
}
