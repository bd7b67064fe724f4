// Imports a batch of files one at a time. A failure is recorded and the batch goes on; Cancel
// stops before the next file. Each finished file refreshes the lists so progress is visible.
import { useCallback, useRef, useState } from 'react'
import { api } from '../../api/client'
import { MAX_IMPORT_BYTES } from '../../../../shared/api'
import type { DocumentSummary } from '../../../../shared/models'
import { bytesToBase64 } from '../../lib/base64'
import { errorMessage } from '../../lib/errors'
import { useRevision } from '../../data/revision'

export type ImportResult =
  | { name: string; outcome: 'imported' | 'duplicate'; document: DocumentSummary }
  | { name: string; outcome: 'failed'; message: string }

export interface ImportState {
  phase: 'idle' | 'running' | 'done'
  total: number
  /** 1-based index of the file being imported. */
  current: number
  currentName: string
  results: ImportResult[]
  cancelled: boolean
}

const IDLE: ImportState = { phase: 'idle', total: 0, current: 0, currentName: '', results: [], cancelled: false }

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm']

async function importOne(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      name: file.name,
      outcome: 'failed',
      message: `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; Casefile imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.`
    }
  }
  try {
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    const outcome = await api['documents.import']({ name: file.name, data, lastModified: file.lastModified || undefined })
    return { name: file.name, outcome: outcome.status, document: outcome.document }
  } catch (error) {
    return { name: file.name, outcome: 'failed', message: errorMessage(error) }
  }
}

export function useImport(onFirstImported: (document: DocumentSummary) => void) {
  const { invalidate } = useRevision()
  const [state, setState] = useState<ImportState>(IDLE)
  const cancelRequested = useRef(false)
  const running = useRef(false)

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
        setState({ phase: 'running', total: files.length, current: index + 1, currentName: file.name, results: [...results], cancelled: false })
        const result = await importOne(file)
        results.push(result)
        if (result.outcome === 'imported' && !openedOne) {
          openedOne = true
          onFirstImported(result.document)
        }
        invalidate()
      }
      running.current = false
      setState({
        phase: 'done',
        total: files.length,
        current: results.length,
        currentName: '',
        results,
        cancelled: cancelRequested.current && results.length < files.length
      })
    },
    [invalidate, onFirstImported]
  )

  const cancel = useCallback(() => {
    cancelRequested.current = true
  }, [])

  const dismiss = useCallback(() => setState(IDLE), [])

  return { state, start, cancel, dismiss }
}
