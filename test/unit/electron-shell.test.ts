// The desktop shell's security, with 'electron' replaced by small fakes so the real main-process
// code (src/main/index.ts, ipc.ts, native.ts) and the real preload run, over a real case file.
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const fake = await vi.hoisted(async () => {
  // Loaded inside the hoisted block, which runs before the imports below.
  const { EventEmitter: Emitter } = await import('node:events')
  const { pathToFileURL: toFileUrl } = await import('node:url')

  let nextId = 1
  class FakeFrame {
    parent: FakeFrame | null = null
    constructor(
      public url: string,
      public processId: number,
      public routingId: number
    ) {}
  }

  class FakeWebContents extends Emitter {
    id = nextId++
    mainFrame = new FakeFrame('about:blank', 7, this.id)
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
    sent: Array<[string, unknown]> = []
    destroyed = false
    /** What printToPDF resolves with (or rejects with, when an Error). */
    static printResult: Uint8Array | Error = new TextEncoder().encode('%PDF-1.7 fake')
    printed: unknown[] = []
    printToPDF(options: unknown) {
      this.printed.push(options)
      const result = FakeWebContents.printResult
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result)
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler
    }
    send(channel: string, value: unknown) {
      this.sent.push([channel, value])
    }
    getURL() {
      return this.mainFrame.url
    }
    isDestroyed() {
      return this.destroyed
    }
  }

  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = []
    webContents = new FakeWebContents()
    title: string
    constructor(public options: Record<string, unknown>) {
      super()
      this.title = String(options.title)
      FakeBrowserWindow.created.push(this)
    }
    loadFile(path: string) {
      this.webContents.mainFrame.url = toFileUrl(path).href
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
    setTitle(title: string) {
      this.title = title
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
    destroy() {
      this.webContents.destroyed = true
    }
    isDestroyed() {
      return this.webContents.destroyed
    }
  }

  const paths: Record<string, string> = {}
  // Plain state, not vi.fn(): vitest clears mock calls before each test.
  const lifecycle = { ready: false, sandboxEnabledBeforeReady: false }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: () => {
      if (!lifecycle.ready) lifecycle.sandboxEnabledBeforeReady = true
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => {
      lifecycle.ready = true
      return Promise.resolve()
    },
    getVersion: () => '9.9.9-test',
    getPath: (name: string) => paths[name] ?? `/nonexistent/${name}`,
    getAppPath: () => process.cwd(),
    quit: vi.fn(),
    exit: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn()
  })

  type Headers = Record<string, string[]>
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void
  type HeadersReceived = (
    details: { url: string; responseHeaders?: Headers },
    callback: (response: { responseHeaders?: Headers }) => void
  ) => void
  type PermissionRequest = (contents: FakeWebContents, permission: string, callback: (granted: boolean) => void) => void
  type PermissionCheck = (contents: FakeWebContents | null, permission: string, origin: string, details: { requestingUrl?: string }) => boolean
  const listeners = {
    beforeRequest: null as BeforeRequest | null,
    headersReceived: null as HeadersReceived | null,
    permissionRequest: null as PermissionRequest | null,
    permissionCheck: null as PermissionCheck | null
  }
  const defaultSession = {
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest) => void (listeners.beforeRequest = listener),
      onHeadersReceived: (listener: HeadersReceived) => void (listeners.headersReceived = listener)
    },
    setPermissionRequestHandler: (handler: PermissionRequest) => void (listeners.permissionRequest = handler),
    setPermissionCheckHandler: (handler: PermissionCheck) => void (listeners.permissionCheck = handler)
  }

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => ipcHandlers.delete(channel)
  }

  const menu = { template: null as null | Array<{ label?: string; role?: string; submenu?: unknown }> }
  const Menu = {
    buildFromTemplate: (template: Array<{ label?: string }>) => template,
    setApplicationMenu: (template: typeof menu.template) => {
      menu.template = template
    }
  }
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    showErrorBox: vi.fn()
  }
  const shell = { openExternal: vi.fn(async () => undefined) }

  // The preload's side.
  const exposed = new Map<string, unknown>()
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }
  const ipcRenderer = Object.assign(new Emitter(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, result: null })) })

  return {
    FakeBrowserWindow,
    FakeWebContents,
    FakeFrame,
    paths,
    lifecycle,
    listeners,
    module: {
      app,
      BrowserWindow: FakeBrowserWindow,
      session: { defaultSession },
      ipcMain,
      Menu,
      dialog,
      shell,
      nativeTheme: { shouldUseDarkColors: false },
      // No OS keychain on the test machine: the shell then remembers no passphrase.
      safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
      contextBridge,
      ipcRenderer
    },
    ipcHandlers,
    menu,
    exposed
  }
})

vi.mock('electron', () => ({ ...fake.module, default: fake.module }))

import { printHtmlToPdf, startDesktop, type Desktop } from '../../src/main/index'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { INVOKE_CHANNEL, MENU_CHANNEL, SAVE_DIALOG_CHANNEL, type DesktopBridge } from '../../src/shared/desktop'
import type { ApiResponse } from '../../src/shared/errors'

type MenuItem = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: MenuItem[] }

let home: string
let desktop: Desktop
let window: InstanceType<typeof fake.FakeBrowserWindow>
const appUrl = () => window.webContents.mainFrame.url

function invoke(method: unknown, arg: unknown, sender = window.webContents, frame: unknown = sender.mainFrame) {
  const handler = fake.ipcHandlers.get(INVOKE_CHANNEL)!
  return handler({ sender, senderFrame: frame }, method, arg) as Promise<ApiResponse<unknown>>
}

function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() }
}

function menuItem(menuLabel: string, itemLabel: string): MenuItem {
  const top = (fake.menu.template as MenuItem[]).find((item) => item.label?.replace('&', '') === menuLabel)
  const item = top?.submenu?.find((entry) => entry.label === itemLabel)
  if (!item) throw new Error(`No menu item ${menuLabel} › ${itemLabel}`)
  return item
}

function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources])
  )
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'casefile-desktop-'))
  fake.paths.documents = join(home, 'Documents')
  fake.paths.userData = join(home, 'userData')
  desktop = (await startDesktop())!
  window = fake.FakeBrowserWindow.created[0]!
})

afterAll(() => {
  fake.module.app.emit('will-quit')
  rmSync(home, { recursive: true, force: true })
})

describe('desktop window', () => {
  it('enables the sandbox for every renderer and opens one window of the expected size', () => {
    // Electron only honours enableSandbox() before the app is ready.
    expect(fake.lifecycle.sandboxEnabledBeforeReady).toBe(true)
    expect(fake.FakeBrowserWindow.created).toHaveLength(1)
    expect(window.options).toMatchObject({ width: 1280, height: 800, title: 'Casefile' })
    expect(window.options.minWidth).toBeGreaterThan(0)
  })

  it('uses hardened webPreferences', () => {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
    const preload = (window.options.webPreferences as { preload: string }).preload
    expect(preload.endsWith(join('preload', 'index.js'))).toBe(true)
  })

  it('loads the built renderer from disk', () => {
    expect(appUrl()).toBe(pathToFileURL(join(desktop.location.rendererDir, 'index.html')).href)
  })
})

describe('content security policy', () => {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
    readFileSync(resolve('src/renderer/index.html'), 'utf8')
  )?.[1]
  const policies = { 'index.html meta tag': meta ?? '', 'CONTENT_SECURITY_POLICY header': CONTENT_SECURITY_POLICY }
  const LOCAL_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'])

  it('is declared in the page', () => {
    expect(meta).toBeTruthy()
  })

  it.each(Object.entries(policies))('%s allows only the app itself', (_name, policy) => {
    const directives = cspDirectives(policy)
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toContain('wasm-unsafe-eval')
    for (const [name, sources] of directives) {
      for (const source of sources) expect(LOCAL_SOURCES.has(source), `${name} ${source}`).toBe(true)
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'")
    }
  })

  it('is also sent as a response header for the app’s files', () => {
    let headers: Record<string, string[]> | undefined
    fake.listeners.headersReceived!(
      { url: appUrl(), responseHeaders: { 'content-security-policy': ["default-src *"] } },
      (response) => (headers = response.responseHeaders)
    )
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})

describe('navigation, windows and permissions', () => {
  it('prevents navigating away from the app', () => {
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigationEvent('https://example.com/')
      window.webContents.emit(eventName, away)
      expect(away.preventDefault, eventName).toHaveBeenCalled()
      const otherFile = navigationEvent(pathToFileURL(resolve('package.json')).href)
      window.webContents.emit(eventName, otherFile)
      expect(otherFile.preventDefault, eventName).toHaveBeenCalled()
      const home = navigationEvent(`${appUrl()}#/questions`)
      window.webContents.emit(eventName, home)
      expect(home.preventDefault, eventName).not.toHaveBeenCalled()
    }
  })

  it('denies window.open, handing web links to the system browser', () => {
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com/story' })).toEqual({ action: 'deny' })
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/story')
    fake.module.shell.openExternal.mockClear()
    expect(window.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(window.webContents.windowOpenHandler!({ url: 'smb://server/share' })).toEqual({ action: 'deny' })
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled()
  })

  it('refuses to attach webviews', () => {
    const event = { preventDefault: vi.fn() }
    window.webContents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies permission requests', () => {
    const session = fake.listeners
    for (const permission of ['geolocation', 'media', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      session.permissionRequest!(window.webContents, permission, callback)
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(session.permissionCheck!(window.webContents, permission, 'file:///', { requestingUrl: appUrl() }), permission).toBe(false)
    }
  })

  it('blocks every request but the app’s own files', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined
      fake.listeners.beforeRequest!({ url }, (response) => (cancel = response.cancel))
      return cancel ? 'blocked' : 'allowed'
    }
    const rendererFile = (name: string) => pathToFileURL(join(desktop.location.rendererDir, name)).href
    expect(decide(appUrl())).toBe('allowed')
    expect(decide(rendererFile('assets/index.js'))).toBe('allowed')
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe('allowed')
    expect(decide('https://example.com/tracker.js')).toBe('blocked')
    expect(decide('http://127.0.0.1:8080/api')).toBe('blocked')
    expect(decide('wss://example.com/socket')).toBe('blocked')
    expect(decide(pathToFileURL(resolve('package.json')).href)).toBe('blocked')
    expect(decide(rendererFile('../main/index.js'))).toBe('blocked')
    expect(decide(`${pathToFileURL(desktop.location.rendererDir).href}-private/secret.txt`)).toBe('blocked')
    expect(decide('file://fileserver/share/secret.txt')).toBe('blocked')
  })
})

describe('IPC entry', () => {
  it('has exactly two channels: the API and the export Save dialog', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([INVOKE_CHANNEL, SAVE_DIALOG_CHANNEL].sort())
  })

  it('refuses a sender frame that is not the window’s main frame', async () => {
    const iframe = new fake.FakeFrame(appUrl(), 7, 999)
    iframe.parent = window.webContents.mainFrame
    expect(await invoke('app.info', {}, window.webContents, iframe)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses a main frame showing a foreign page', async () => {
    const frame = window.webContents.mainFrame
    const saved = frame.url
    frame.url = 'https://example.com/'
    try {
      expect(await invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    } finally {
      frame.url = saved
    }
  })

  it('refuses another web contents and a missing frame', async () => {
    const stranger = new fake.FakeBrowserWindow({ title: 'x' }).webContents
    stranger.mainFrame.url = appUrl()
    expect(await invoke('app.info', {}, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke('app.info', {}, window.webContents, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses an unknown method', async () => {
    expect(await invoke('shell.exec', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    expect(await invoke('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    expect(await invoke(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('refuses an invalid argument', async () => {
    expect(await invoke('questions.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
  })

  it('serves valid calls end to end against a real case file, and names the case in the title', async () => {
    const path = join(home, 'Drone memo.casefile')
    const created = await invoke('cases.create', { title: 'Drone memo', path })
    expect(created).toMatchObject({ ok: true, result: { title: 'Drone memo', path } })
    expect(window.title).toBe('Casefile — Drone memo')

    const question = await invoke('questions.create', { title: 'Verify the 260-incident figure', priority: 'high' })
    expect(question).toMatchObject({ ok: true, result: { title: 'Verify the 260-incident figure', status: 'open' } })
    const id = (question as { result: { id: number } }).result.id
    expect(await invoke('questions.get', { id })).toMatchObject({ ok: true, result: { id, priority: 'high' } })
    expect(await invoke('questions.get', { id: id + 100 })).toMatchObject({ ok: false, error: { code: 'not_found' } })

    expect(await invoke('cases.close', {})).toEqual({ ok: true, result: null })
    expect(window.title).toBe('Casefile')
    expect(await invoke('questions.list', {})).toMatchObject({ ok: false, error: { code: 'no_case_open' } })
  })
})

describe('exports', () => {
  function askSavePath(request: unknown, sender = window.webContents, frame: unknown = sender.mainFrame) {
    const handler = fake.ipcHandlers.get(SAVE_DIALOG_CHANNEL)!
    return handler({ sender, senderFrame: frame }, request) as Promise<string | null>
  }

  it('shows the Save dialog only to the app’s own page, filtered to the format', async () => {
    const dialog = fake.module.dialog.showSaveDialog
    dialog.mockClear()
    const stranger = new fake.FakeBrowserWindow({ title: 'x' }).webContents
    stranger.mainFrame.url = appUrl()
    const iframe = new fake.FakeFrame(appUrl(), 7, 999)
    expect(await askSavePath({ defaultName: 'Summary', format: 'md' }, stranger)).toBeNull()
    expect(await askSavePath({ defaultName: 'Summary', format: 'md' }, window.webContents, iframe)).toBeNull()
    expect(await askSavePath({ defaultName: 'Summary', format: 'exe' })).toBeNull()
    expect(await askSavePath('Summary.md')).toBeNull()
    expect(dialog).not.toHaveBeenCalled()

    const chosen = join(home, 'Exports', 'Drone memo.docx')
    dialog.mockResolvedValueOnce({ canceled: false, filePath: chosen })
    expect(await askSavePath({ defaultName: '../../etc/Drone: memo', format: 'docx' })).toBe(chosen)
    const [parent, options] = dialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown; properties: string[] }]
    expect(parent).toBe(window)
    expect(options.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }])
    // The suggested name comes from the page: it is sanitized and stays in the folder offered.
    expect(options.defaultPath).toBe(join(fake.paths.documents!, 'etc Drone memo.docx'))
    expect(options.properties).toContain('showOverwriteConfirmation')

    // The next dialog opens where the last export went; cancelling gives null.
    expect(await askSavePath({ defaultName: 'Summary', format: 'pdf' })).toBeNull()
    const [, again] = dialog.mock.calls[1] as [unknown, { defaultPath: string; filters: unknown }]
    expect(again.defaultPath).toBe(join(home, 'Exports', 'Summary.pdf'))
    expect(again.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }])
  })

  it('prints PDF in a hidden, sandboxed window without script, preload or Node, and destroys it', async () => {
    const path = join(home, 'Printing.casefile')
    expect(await invoke('cases.create', { title: 'Printing <memo>', path })).toMatchObject({ ok: true })
    const before = fake.FakeBrowserWindow.created.length
    const target = join(home, 'printed.pdf')
    // Only a path the user chose in the Save dialog may be written, once.
    expect(await invoke('export.save', { format: 'pdf', path: target, all: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    expect(await askSavePath({ defaultName: 'Printing', format: 'pdf' })).toBe(target)
    expect(await invoke('export.save', { format: 'pdf', path: join(home, '.bashrc'), all: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke('export.save', { format: 'pdf', path: target, all: true })).toMatchObject({ ok: true, result: { path: target } })
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake')

    const printer = fake.FakeBrowserWindow.created[before]!
    expect(fake.FakeBrowserWindow.created).toHaveLength(before + 1)
    expect(printer.options.show).toBe(false)
    expect(printer.options.webPreferences).toEqual(
      expect.objectContaining({ sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false, webSecurity: true })
    )
    expect(printer.options.webPreferences).not.toHaveProperty('preload')
    expect(printer.isDestroyed()).toBe(true)
    expect(printer.webContents.printed).toEqual([expect.objectContaining({ printBackground: true, preferCSSPageSize: true })])

    // It showed the summary from memory, which the session lets through; nothing else loads.
    const url = printer.webContents.mainFrame.url
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    const html = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')
    expect(html).toContain('<h1>Printing &lt;memo&gt;</h1>')
    const decide = (request: string) => {
      let cancel: boolean | undefined
      fake.listeners.beforeRequest!({ url: request }, (response) => (cancel = response.cancel))
      return cancel ? 'blocked' : 'allowed'
    }
    expect(decide(url)).toBe('allowed')
    expect(decide('https://example.com/font.woff2')).toBe('blocked')
    // And it cannot navigate anywhere.
    const away = navigationEvent('https://example.com/')
    printer.webContents.emit('will-navigate', away)
    expect(away.preventDefault).toHaveBeenCalled()
    expect(printer.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('refuses a summary too long for a data: URL before opening any window', async () => {
    const before = fake.FakeBrowserWindow.created.length
    await expect(printHtmlToPdf(`<p>${'x'.repeat(1_600_000)}</p>`, desktop.location)).rejects.toThrow(/too long to print here/)
    expect(fake.FakeBrowserWindow.created).toHaveLength(before)
  })

  it('destroys the print window and leaves no file when printing fails', async () => {
    fake.FakeWebContents.printResult = new Error('printer on fire')
    try {
      const before = fake.FakeBrowserWindow.created.length
      const target = join(home, 'failed.pdf')
      fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
      expect(await askSavePath({ defaultName: 'Failed', format: 'pdf' })).toBe(target)
      const response = await invoke('export.save', { format: 'pdf', path: target })
      expect(response).toMatchObject({ ok: false, error: { code: 'internal' } })
      expect((response as { error: { message: string } }).error.message).toMatch(/could not print the summary to PDF/)
      expect(fake.FakeBrowserWindow.created[before]!.isDestroyed()).toBe(true)
      expect(existsSync(target)).toBe(false)
      expect(readdirSync(home).filter((name) => name.endsWith('.tmp'))).toEqual([])
    } finally {
      fake.FakeWebContents.printResult = new TextEncoder().encode('%PDF-1.7 fake')
      expect(await invoke('cases.close', {})).toEqual({ ok: true, result: null })
    }
  })
})

describe('application menu', () => {
  it('has the File commands with their shortcuts', () => {
    expect(menuItem('File', 'New Case…').accelerator).toBe('CmdOrCtrl+N')
    expect(menuItem('File', 'Open Case…').accelerator).toBe('CmdOrCtrl+O')
    expect(menuItem('File', 'Import…').accelerator).toBe('CmdOrCtrl+I')
    menuItem('File', 'Close Case')
  })

  it('hides developer tools in a packaged app', async () => {
    const { appMenuTemplate } = await import('../../src/main/native')
    const actions = { send: vi.fn(), openCase: vi.fn(), showAbout: vi.fn() }
    const roles = (template: MenuItem[]) => JSON.stringify(template.map((item) => item.submenu))
    expect(roles(appMenuTemplate(actions, false, false) as MenuItem[])).toContain('toggleDevTools')
    expect(roles(appMenuTemplate(actions, false, true) as MenuItem[])).not.toContain('toggleDevTools')
    expect(roles(appMenuTemplate(actions, true, true) as MenuItem[])).not.toContain('reload')
  })

  it('forwards renderer commands on the menu channel', () => {
    window.webContents.sent = []
    menuItem('File', 'New Case…').click!()
    menuItem('File', 'Import…').click!()
    menuItem('File', 'Close Case').click!()
    expect(window.webContents.sent).toEqual([
      [MENU_CHANNEL, 'new-case'],
      [MENU_CHANNEL, 'import'],
      [MENU_CHANNEL, 'close-case']
    ])
  })

  it('opens a case chosen in the native dialog, then tells the renderer', async () => {
    const path = join(home, 'Drone memo.casefile')
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    window.webContents.sent = []
    menuItem('File', 'Open Case…').click!()
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([[MENU_CHANNEL, 'open-case']]))
    const [, options] = fake.module.dialog.showOpenDialog.mock.calls.at(-1) as unknown as [unknown, { filters: unknown }]
    expect(options.filters).toEqual([{ name: 'Casefile cases', extensions: ['casefile'] }])
    expect(window.title).toBe('Casefile — Drone memo')
    expect(desktop.core.currentDb()).not.toBeNull()
  })

  it('explains in a dialog when the chosen file is not a case', async () => {
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [resolve('package.json')] })
    menuItem('File', 'Open Case…').click!()
    await vi.waitFor(() => expect(fake.module.dialog.showMessageBox).toHaveBeenCalled())
    const [, options] = fake.module.dialog.showMessageBox.mock.calls.at(-1) as unknown as [unknown, { type: string; message: string }]
    expect(options).toMatchObject({ type: 'error', message: 'Casefile could not open that case.' })
  })

  it('closes the case when the app quits', () => {
    expect(desktop.core.currentDb()).not.toBeNull()
    fake.module.app.emit('will-quit')
    expect(desktop.core.currentDb()).toBeNull()
  })
})

describe('preload', () => {
  let bridge: DesktopBridge

  beforeAll(async () => {
    await import('../../src/preload/index')
    bridge = fake.exposed.get('casefile') as DesktopBridge
  })

  it('exposes window.casefile with invoke, chooseSavePath and onMenuCommand only', () => {
    expect([...fake.exposed.keys()]).toEqual(['casefile'])
    expect(Object.keys(bridge).sort()).toEqual(['chooseSavePath', 'invoke', 'onMenuCommand'])
  })

  it('asks for a Save dialog over its own channel', async () => {
    await bridge.chooseSavePath({ defaultName: 'Drone memo', format: 'pdf' })
    expect(fake.module.ipcRenderer.invoke).toHaveBeenCalledWith(SAVE_DIALOG_CHANNEL, { defaultName: 'Drone memo', format: 'pdf' })
  })

  it('sends calls over the one invoke channel', async () => {
    await bridge.invoke('app.info', {})
    expect(fake.module.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'app.info', {})
  })

  it('passes only known menu commands, without the IPC event, and can stop listening', () => {
    const received: unknown[] = []
    const stop = bridge.onMenuCommand((...args) => received.push(args))
    const event = new EventEmitter()
    fake.module.ipcRenderer.emit(MENU_CHANNEL, event, 'import')
    fake.module.ipcRenderer.emit(MENU_CHANNEL, event, 'format-disk')
    fake.module.ipcRenderer.emit(MENU_CHANNEL, event, { toString: () => 'import' })
    stop()
    fake.module.ipcRenderer.emit(MENU_CHANNEL, event, 'close-case')
    expect(received).toEqual([['import']])
  })
})
