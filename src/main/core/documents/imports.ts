// Imports in progress, by the id the client chose, so the UI can poll where one stands and cancel it.
import { CasefileError } from '../../../shared/errors'
import type { ImportProgress } from '../../../shared/models'

export interface ImportTracker {
  readonly signal: AbortSignal
  update(progress: Partial<Pick<ImportProgress, 'stage' | 'page' | 'pageCount'>>): void
}

interface Running {
  progress: ImportProgress
  controller: AbortController
}

export class ImportRegistry {
  private readonly running = new Map<string, Running>()

  /** Runs one import under its id (or untracked when there is none), and forgets it when it ends. */
  async run<T>(importId: string | undefined, fileName: string, work: (tracker: ImportTracker) => T | Promise<T>): Promise<T> {
    const controller = new AbortController()
    const progress: ImportProgress = { importId: importId ?? '', fileName, stage: 'reading', page: 0, pageCount: 0 }
    if (importId !== undefined) {
      if (this.running.has(importId)) {
        throw new CasefileError('already_exists', 'An import with this id is already running. Give each import its own id.')
      }
      this.running.set(importId, { progress, controller })
    }
    try {
      return await work({ signal: controller.signal, update: (change) => Object.assign(progress, change) })
    } finally {
      if (importId !== undefined) this.running.delete(importId)
    }
  }

  progress(importId: string): ImportProgress | null {
    const running = this.running.get(importId)
    return running ? { ...running.progress } : null
  }

  /** Stops the import if it is still running; it then fails with 'cancelled' and writes nothing. */
  cancel(importId: string): void {
    this.running.get(importId)?.controller.abort()
  }

  cancelAll(): void {
    for (const { controller } of this.running.values()) controller.abort()
  }
}
