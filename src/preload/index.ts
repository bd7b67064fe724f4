// The preload exposes `window.casefile` and nothing else: one call into the core, a Save dialog
// for exports, and menu commands from the main process (only the known command names get through). No logic here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { INVOKE_CHANNEL, MENU_CHANNEL, SAVE_DIALOG_CHANNEL, isMenuCommand, type DesktopBridge } from '../shared/desktop'
import type { ApiResponse } from '../shared/errors'

const bridge: DesktopBridge = {
  invoke: (method, arg) => ipcRenderer.invoke(INVOKE_CHANNEL, method, arg) as Promise<ApiResponse<unknown>>,
  chooseSavePath: (options) => ipcRenderer.invoke(SAVE_DIALOG_CHANNEL, options) as Promise<string | null>,
  onMenuCommand(listener) {
    // The IPC event (and its `sender`) never reaches the page.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, relay)
    }
  }
}

contextBridge.exposeInMainWorld('casefile', bridge)
