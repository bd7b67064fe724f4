import { contextBridge, ipcRenderer } from 'electron'
contextBridge.exposeInMainWorld('casefile', {
  invoke: (method: string, arg: unknown) => ipcRenderer.invoke('casefile:invoke', method, arg)
})
