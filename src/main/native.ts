// Native pieces of the desktop shell: the application menu and the file and message dialogs.
import {
  app,
  dialog,
  Menu,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions
} from 'electron'
import { join } from 'node:path'
import type { MenuCommand } from '../shared/desktop'
import type { ExportFormat } from '../shared/models'
import { exportFileName } from './core/export/files'

export interface MenuActions {
  /** Forward a command to the renderer. */
  send(command: MenuCommand): void
  /** Let the user pick a case file, open it, and tell the renderer. */
  openCase(): void
  showAbout(): void
}

export function installAppMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions, process.platform === 'darwin', app.isPackaged)))
}

export function appMenuTemplate(actions: MenuActions, isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'About Casefile', click: () => actions.showAbout() }
  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Casefile',
    submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }]
  }
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-case') },
      { label: 'Open Case…', accelerator: 'CmdOrCtrl+O', click: () => actions.openCase() },
      { type: 'separator' },
      // The keystroke goes to the page (registerAccelerator: false): a file chooser opens only on a
      // user gesture, which a keystroke in the page is and a message from the menu is not.
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', registerAccelerator: false, click: () => actions.send('import') },
      { type: 'separator' },
      { label: 'Close Case', accelerator: 'CmdOrCtrl+Shift+W', click: () => actions.send('close-case') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } as const])
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }]
  }
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }]
  }
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' }
  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: isMac ? [] : [about] }
  return isMac ? [macAppMenu, file, edit, view, windowMenu, help] : [file, edit, view, help]
}

/** The native "Open" dialog, filtered to case files. Resolves with the chosen path, or null. */
export async function chooseCaseFile(window: BrowserWindow | null, folder: string): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open Case',
    buttonLabel: 'Open',
    defaultPath: folder,
    properties: ['openFile'],
    filters: [{ name: 'Casefile cases', extensions: ['casefile'] }]
  }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page (HTML)', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] }
}

/**
 * The native Save dialog for an export, filtered to its format and starting in `folder` with the
 * suggested name (sanitized: it comes from the page). Resolves with the chosen path, or null.
 */
export async function chooseExportPath(
  window: BrowserWindow | null,
  folder: string,
  request: { defaultName: string; format: ExportFormat }
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Export Summary',
    buttonLabel: 'Export',
    defaultPath: join(folder, exportFileName(request.defaultName, request.format)),
    filters: [EXPORT_FILTERS[request.format]],
    properties: ['showOverwriteConfirmation', 'createDirectory']
  }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

export async function showProblem(window: BrowserWindow | null, message: string, detail: string): Promise<void> {
  const options: MessageBoxOptions = { type: 'error', title: 'Casefile', message, detail, buttons: ['OK'] }
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}

export function showAbout(version: string): void {
  app.setAboutPanelOptions({
    applicationName: 'Casefile',
    applicationVersion: version,
    version: '',
    credits: 'A case file for investigative reporting: documents, passages and open questions in one local file.'
  })
  app.showAboutPanel()
}
