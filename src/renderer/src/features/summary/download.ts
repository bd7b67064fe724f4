// Hands an exported file to the browser as a download: a Blob behind a temporary <a download>.
import type { ExportFile } from '../../../../shared/models'

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.data)], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started once click() returns; the URL is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
