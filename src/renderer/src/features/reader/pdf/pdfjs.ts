// pdf.js for the reader: the modern build, its worker from the app's own files, and the CMaps,
// standard fonts and image-decoder fallbacks copied into the build (electron.vite.config.ts), so
// opening a PDF never fetches anything from outside the app. No scripting, no XFA, no WebAssembly
// (the CSP allows none; pdf.js uses its plain-JavaScript decoders instead).
import { getDocument, GlobalWorkerOptions, PixelsPerInch, type PDFDocumentLoadingTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

/** CSS pixels per PDF point at 100 % zoom (pdf.js's convention: 96 / 72). */
export const CSS_UNITS = PixelsPerInch.PDF_TO_CSS_UNITS

/**
 * The text content options the core's import uses, so the reader's text items (and the page text
 * built from them with pageTextFromItems) match the stored document text item for item.
 */
export const TEXT_CONTENT_PARAMS = { includeMarkedContent: false, disableNormalization: false } as const

function assetUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href
}

/** Starts loading a PDF from bytes (pdf.js may take ownership of the buffer: pass a copy). */
export function openPdf(data: Uint8Array, password?: string): PDFDocumentLoadingTask {
  return getDocument({
    data,
    password,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false
  })
}

/** Decodes the base64 that documents.original returns. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
