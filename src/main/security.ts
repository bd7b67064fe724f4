// Security settings shared by both shells. No electron import here, so tests can read them.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The renderer's Content Security Policy: only the app's own code, no remote anything, no inline
 * script, no plugins, no framing. Inline style attributes are allowed for layout (React sets them
 * through the CSSOM); blob: workers are for pdf.js.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** Where the desktop app's own pages come from. */
export interface AppLocation {
  /** The built renderer folder (out/renderer); the page is its index.html. */
  rendererDir: string
  /** electron-vite's dev server (ELECTRON_RENDERER_URL), only while developing. */
  devServerUrl?: string
}

/** Whether a page URL is the app itself (any query or fragment), so it may navigate and call IPC. */
export function isAppUrl(url: string, app: AppLocation): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === 'file:') {
    const path = filePath(parsed)
    return path !== null && path === comparable(resolve(app.rendererDir, 'index.html'))
  }
  const dev = app.devServerUrl ? parseUrl(app.devServerUrl) : null
  return dev !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin
}

/**
 * Whether the window may load a resource: the app's own files, the dev server while developing,
 * in-memory data (data:, blob:) and the developer tools. Everything else, above all the network,
 * is refused.
 */
export function isAllowedRequest(url: string, app: AppLocation): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  switch (parsed.protocol) {
    case 'file:': {
      const path = filePath(parsed)
      return path !== null && isInside(path, comparable(resolve(app.rendererDir)))
    }
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:': {
      const dev = app.devServerUrl ? parseUrl(app.devServerUrl) : null
      return dev !== null && parsed.host === dev.host
    }
    default:
      return false
  }
}

/** Whether an http(s) address may be handed to the system browser (links to a document's source). */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== ''
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function filePath(url: URL): string | null {
  try {
    return comparable(resolve(fileURLToPath(url)))
  } catch {
    // file://host/... (a network share) or a malformed path: never ours.
    return null
  }
}

/** Paths compare case-insensitively on Windows, as its file system does. */
function comparable(path: string): string {
  return process.platform === 'win32' ? path.toLowerCase() : path
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}
