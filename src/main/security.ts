// Security settings shared by both shells. No electron import here, so tests can read them.

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
