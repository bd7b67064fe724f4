// The desktop shell's IPC entries: `casefile:invoke` for the API, and `casefile:save-dialog` for the
// native Save dialog of an export. Both answer our own window's top frame showing our own page, and
// nothing else. The method name and its argument are checked by dispatch() against the API
// contract; invoke always resolves with an ApiResponse, never throws.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { isAbsolute, resolve } from 'node:path'
import type { Method } from '../shared/api'
import { INVOKE_CHANNEL, SAVE_DIALOG_CHANNEL } from '../shared/desktop'
import type { ApiResponse } from '../shared/errors'
import { EXPORT_FORMATS, type CaseInfo, type ExportFormat } from '../shared/models'
import { dispatch } from './core/dispatch'
import type { Core } from './core/handlers'
import { isAppUrl, type AppLocation } from './security'

export interface InvokeOptions {
  core: Core
  app: AppLocation
  /** The app window's contents, or null while there is no window. */
  contents(): WebContents | null
  /** Told after any call that opened, created or closed a case (null: no case is open). */
  onCaseChanged(info: CaseInfo | null): void
  /** Where the user chose to save exports; `export.save` writes nowhere else. */
  savePaths: ChosenSavePaths
}

/**
 * Paths the user picked in the Save dialog, each good for one `export.save`. A page (even a
 * compromised one) therefore cannot choose a file on disk to overwrite: only the user can.
 */
export class ChosenSavePaths {
  private readonly paths = new Set<string>()

  add(path: string): void {
    this.paths.add(resolve(path))
  }

  take(path: unknown): boolean {
    return typeof path === 'string' && isAbsolute(path) && this.paths.delete(resolve(path))
  }
}

const CASE_CHANGES: ReadonlySet<string> = new Set<Method>(['cases.create', 'cases.open', 'cases.createSample', 'cases.close'])

export function registerInvokeHandler(options: InvokeOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, arg: unknown) => handleInvoke(options, event, method, arg))
  return () => ipcMain.removeHandler(INVOKE_CHANNEL)
}

export async function handleInvoke(
  options: InvokeOptions,
  event: IpcMainInvokeEvent,
  method: unknown,
  arg: unknown
): Promise<ApiResponse<unknown>> {
  try {
    if (!isTrustedSender(event, options.contents(), options.app)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page is not allowed to use Casefile.' } }
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'Casefile was asked for an operation without a name.' } }
    }
    if (method === 'export.save' && !options.savePaths.take((arg as { path?: unknown } | null)?.path)) {
      return { ok: false, error: { code: 'forbidden', message: 'Choose where to save the summary in the Save dialog first.' } }
    }
    const response = await dispatch(options.core.handlers, method, arg)
    if (response.ok && CASE_CHANGES.has(method)) options.onCaseChanged((response.result as CaseInfo | null) ?? null)
    return response
  } catch (error) {
    console.error('[casefile] IPC call failed:', error)
    return { ok: false, error: { code: 'internal', message: 'Casefile hit an unexpected problem. Your saved work is safe.' } }
  }
}

export interface SaveDialogOptions {
  app: AppLocation
  contents(): WebContents | null
  /** Shows the Save dialog; resolves with the chosen path, or null when cancelled. */
  choose(request: { defaultName: string; format: ExportFormat }): Promise<string | null>
  /** Shared with the invoke handler: the chosen path becomes the one `export.save` may write. */
  savePaths: ChosenSavePaths
}

/** Answers the preload's chooseSavePath: a path, or null when cancelled, refused or asked wrongly. */
export function registerSaveDialogHandler(options: SaveDialogOptions): () => void {
  ipcMain.handle(SAVE_DIALOG_CHANNEL, (event, request: unknown) => handleSaveDialog(options, event, request))
  return () => ipcMain.removeHandler(SAVE_DIALOG_CHANNEL)
}

export async function handleSaveDialog(options: SaveDialogOptions, event: IpcMainInvokeEvent, request: unknown): Promise<string | null> {
  if (!isTrustedSender(event, options.contents(), options.app)) {
    console.warn('[casefile] Refused a Save dialog asked for by a page that is not Casefile.')
    return null
  }
  const { defaultName, format } = (request ?? {}) as { defaultName?: unknown; format?: unknown }
  if (typeof defaultName !== 'string' || defaultName.length > 1000 || !(EXPORT_FORMATS as readonly unknown[]).includes(format)) return null
  try {
    const path = await options.choose({ defaultName, format: format as ExportFormat })
    if (path) options.savePaths.add(path)
    return path
  } catch (error) {
    console.error('[casefile] The Save dialog failed:', error)
    return null
  }
}

/** The sender must be our window's top frame, currently showing our own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, contents: WebContents | null, app: AppLocation): boolean {
  const frame = event.senderFrame
  if (!contents || contents.isDestroyed() || event.sender !== contents || !frame) return false
  const top = contents.mainFrame
  return frame.processId === top.processId && frame.routingId === top.routingId && isAppUrl(frame.url, app)
}
