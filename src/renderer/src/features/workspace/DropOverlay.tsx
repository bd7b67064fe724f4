import { Upload } from 'lucide-react'

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden>
      <div className="drop-overlay-card">
        <Upload size={32} aria-hidden />
        <p>Drop to import into this case</p>
        <p className="muted">Text, Markdown, saved web pages and PDFs (.txt, .md, .html, .pdf)</p>
      </div>
    </div>
  )
}
