// Export the summary: how many claims go in, the two options, and one button per format. The
// desktop app asks where to save and writes the file (PDF printed by Electron); the browser shell
// downloads it, and for PDF the reader prints the print-ready HTML.
import { Download, FileCode2, FileText, FileType2, Printer } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { useToasts } from '../../components/Toasts'
import type { ExportFormat } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { downloadFile } from './download'

export interface ExportOptions {
  all: boolean
  appendix: boolean
}

interface ExportPanelProps {
  caseTitle: string
  count: number
  options: ExportOptions
  onOptions(options: ExportOptions): void
}

const FORMATS: { format: ExportFormat; label: string; icon: typeof FileText }[] = [
  { format: 'md', label: 'Markdown', icon: FileText },
  { format: 'html', label: 'HTML', icon: FileCode2 },
  { format: 'docx', label: 'Word (DOCX)', icon: FileType2 },
  { format: 'pdf', label: 'PDF', icon: Printer }
]

/** A file name for the Save dialog: the case title without characters file systems refuse. */
function defaultName(caseTitle: string, format: ExportFormat): string {
  const base = caseTitle.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Case'
  return `${base} – summary.${format}`
}

export function ExportPanel({ caseTitle, count, options, onOptions }: ExportPanelProps) {
  const toasts = useToasts()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const desktop = typeof window.casefile?.chooseSavePath === 'function'
  const formats = desktop ? FORMATS : FORMATS.filter((entry) => entry.format !== 'pdf')

  const run = async (format: ExportFormat) => {
    setBusy(format)
    try {
      if (desktop) {
        const path = await window.casefile!.chooseSavePath({ defaultName: defaultName(caseTitle, format), format })
        if (!path) return
        const saved = await api['export.save']({ format, path, ...options })
        toasts.success('Summary exported', saved.path)
      } else {
        if (format === 'pdf') return
        const file = await api['export.render']({ format, ...options })
        downloadFile(file)
        toasts.success('Summary downloaded', file.fileName)
      }
    } catch (error) {
      toasts.error('Couldn’t export the summary.', error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <div className="export-head">
        <h3 id="export-heading" className="export-title">
          Export
        </h3>
        <p className="export-count" role="status">
          <strong>{plural(count, 'claim')}</strong> will be exported
        </p>
      </div>
      <div className="export-options">
        <label className="checkbox-row">
          <input type="checkbox" checked={options.all} onChange={(event) => onOptions({ ...options, all: event.target.checked })} />
          Every claim (not only signed off)
        </label>
        <label className="checkbox-row">
          <input type="checkbox" checked={options.appendix} onChange={(event) => onOptions({ ...options, appendix: event.target.checked })} />
          Editors’ appendix (open questions, unresolved contradictions)
        </label>
      </div>
      <div className="button-row export-buttons" role="group" aria-label="Export formats">
        {formats.map(({ format, label, icon: Icon }) => (
          <button
            key={format}
            type="button"
            className={`button ${format === 'html' ? 'button-primary' : ''}`}
            disabled={busy !== null}
            aria-label={`Export ${label}`}
            onClick={() => void run(format)}
          >
            {desktop ? <Icon size={16} aria-hidden /> : <Download size={16} aria-hidden />} {label}
          </button>
        ))}
      </div>
      {!desktop && (
        <p className="muted small export-pdf-hint">
          <Printer size={13} aria-hidden /> PDF: open the HTML export and print it to PDF — it is laid out for print. (The desktop app saves PDFs
          directly.)
        </p>
      )}
    </section>
  )
}
