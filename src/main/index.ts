// The Electron shell: one hardened window over the core, the application menu, and one IPC entry.
// Importing this module does nothing outside Electron (tests import it under a mocked 'electron'
// and call startDesktop() themselves).
import { app, BrowserWindow, dialog, nativeTheme, safeStorage, session, shell, type Session, type WebContents } from 'electron'
import { dirname, join } from 'node:path'
import { MENU_CHANNEL, windowTitle, type MenuCommand } from '../shared/desktop'
import type { CaseInfo } from '../shared/models'
import { dispatch } from './core/dispatch'
import { createCore, type Core } from './core/handlers'
import { ChosenSavePaths, registerInvokeHandler, registerSaveDialogHandler } from './ipc'
import { createSafeStorageKeyring } from './keyring'
import { chooseCaseFile, chooseExportPath, installAppMenu, showAbout, showProblem } from './native'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isAppUrl,
  isExternalWebUrl,
  type AppLocation
} from './security'

export interface Desktop {
  core: Core
  location: AppLocation
  window(): BrowserWindow | null
}

/** The built renderer beside this file, or electron-vite's dev server (never in a packaged app). */
export function appLocation(): AppLocation {
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  return { rendererDir: join(__dirname, '../renderer'), ...(devServerUrl ? { devServerUrl } : {}) }
}

export async function startDesktop(): Promise<Desktop | null> {
  // A second launch hands over to the first: a case file can only be open in one place.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return null
  }
  app.enableSandbox()
  const location = appLocation()
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, location))

  await app.whenReady()
  const casesDir = join(app.getPath('documents'), 'Casefile')
  const core = createCore({
    shell: 'desktop',
    version: app.getVersion(),
    casesDir,
    settingsDir: app.getPath('userData'),
    resourcesDir: join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'resources'),
    keyring: createSafeStorageKeyring(join(app.getPath('userData'), 'remembered-passphrases.json'), safeStorage),
    printToPdf: (html) => printHtmlToPdf(html, location)
  })
  hardenSession(session.defaultSession, location)

  let window: BrowserWindow | null = null
  let caseTitle: string | null = null
  const setCase = (info: CaseInfo | null) => {
    caseTitle = info?.title ?? null
    window?.setTitle(windowTitle(caseTitle))
  }
  const openWindow = (): BrowserWindow => {
    const created = createMainWindow(location, windowTitle(caseTitle))
    created.on('closed', () => {
      if (window === created) window = null
    })
    window = created
    return created
  }
  const send = (command: MenuCommand) => {
    if (window && !window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command)
    else openWindow()
  }
  const openCaseFromDialog = async () => {
    const path = await chooseCaseFile(window, casesDir)
    if (!path) return
    const response = await dispatch(core.handlers, 'cases.open', { path })
    // An encrypted case waits for its passphrase (app.info's pendingUnlock): the page asks for it.
    if (!response.ok && response.error.code === 'passphrase_required') return send('open-case')
    if (!response.ok) return showProblem(window, 'Casefile could not open that case.', response.error.message)
    setCase(response.result as CaseInfo)
    send('open-case')
  }

  const savePaths = new ChosenSavePaths()
  registerInvokeHandler({ core, app: location, contents: () => window?.webContents ?? null, onCaseChanged: setCase, savePaths })
  // Exports are offered in the folder the last one went to (at first, the user's Documents).
  let exportFolder = app.getPath('documents')
  registerSaveDialogHandler({
    app: location,
    contents: () => window?.webContents ?? null,
    savePaths,
    choose: async (request) => {
      const path = await chooseExportPath(window, exportFolder, request)
      if (path) exportFolder = dirname(path)
      return path
    }
  })
  installAppMenu({
    send,
    openCase: () => void openCaseFromDialog().catch((error: Error) => showProblem(window, 'Casefile could not open that case.', error.message)),
    showAbout: () => showAbout(app.getVersion())
  })
  openWindow()

  app.on('second-instance', () => {
    if (!window) return void openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (!window) openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Close the case file cleanly (its write-ahead log is folded back in) however the app ends.
  app.on('will-quit', () => core.close())
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit())

  return { core, location, window: () => window }
}

export function createMainWindow(location: AppLocation, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    // Written out here rather than built elsewhere, so a reader (and Electronegativity) sees each one.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click would otherwise open links in new windows before our handlers see them.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  hardenContents(window.webContents, location)
  // The title names the open case; main keeps it, whatever the page's <title> says.
  window.on('page-title-updated', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())
  const loading = location.devServerUrl
    ? window.loadURL(location.devServerUrl)
    : window.loadFile(join(location.rendererDir, 'index.html'))
  loading.catch((error: Error) => {
    dialog.showErrorBox('Casefile could not show its window', `${error.message}\n\nReinstalling Casefile should fix this.`)
  })
  return window
}

/** Chromium refuses URLs longer than 2 MB (2,097,152 characters). */
const MAX_URL_LENGTH = 2 * 1024 * 1024

/**
 * The hidden window that prints a summary: it shows only the HTML it is given (a data: URL, never a
 * file or the network), runs no script, has no preload and no Node, and is destroyed once printed.
 * The session's request filter and the summary's own CSP (default-src 'none') stop any load; the
 * navigation guards stop any navigation.
 */
export async function printHtmlToPdf(html: string, location: AppLocation): Promise<Uint8Array> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
  if (url.length > MAX_URL_LENGTH) {
    throw new Error('the summary is too long to print here. Export it as HTML and print it from a browser, or export it for Word')
  }
  const printer = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    // Written out here, as for the main window, so a reader (and Electronegativity) sees each one.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  hardenContents(printer.webContents, location)
  try {
    await printer.loadURL(url)
    return await printer.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true })
  } finally {
    printer.destroy()
  }
}

const hardened = new WeakSet<WebContents>()

/** Every web page in the app: no navigation away, no new windows, no webviews. */
export function hardenContents(contents: WebContents, location: AppLocation): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    const blankSubframe = !event.isMainFrame && (event.url === 'about:blank' || event.url === 'about:srcdoc')
    if (!blankSubframe && !isAppUrl(event.url, location)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Links to a document's source (target="_blank") open in the user's browser, never in the app.
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/** The session: no permissions (except copying to the clipboard), no requests beyond the app's files, the CSP as a header. */
export function hardenSession(target: Session, location: AppLocation): void {
  const mayCopy = (permission: string, url: string) => permission === 'clipboard-sanitized-write' && isAppUrl(url, location)
  target.setPermissionRequestHandler((contents, permission, callback) => callback(mayCopy(permission, contents.getURL())))
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    mayCopy(permission, details.requestingUrl ?? requestingOrigin)
  )
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, location)
    if (!allowed) console.warn(`[casefile] Blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
  target.webRequest.onHeadersReceived((details, callback) => {
    if (details.url.startsWith('devtools:') || !isAllowedRequest(details.url, location)) return callback({})
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
    )
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

if (process.versions.electron) {
  startDesktop().catch((error: Error) => {
    dialog.showErrorBox('Casefile could not start', error.message)
    app.exit(1)
  })
}
