import { FilePlus2, FolderOpen, History, Lock, LockOpen, LogOut, MessageCircleQuestion, NotebookPen, UserPlus } from 'lucide-react'
import type { CaseInfo, SearchHit } from '../../../../shared/models'
import { ariaShortcut, shortcutLabel } from '../../lib/shortcuts'
import { SearchBox } from '../search/SearchBox'

interface ToolbarProps {
  caseInfo: CaseInfo
  importing: boolean
  onImport(): void
  onNewNote(): void
  onNewQuestion(): void
  onNewContact(): void
  onOpenHit(hit: SearchHit, query: string): void
  onShowOpen(): void
  onShowBackups(): void
  onShowSecurity(): void
  onClose(): void
}

export function Toolbar(props: ToolbarProps) {
  const { caseInfo, importing, onImport, onNewNote, onNewQuestion, onNewContact, onOpenHit, onShowOpen, onClose } = props
  const SecurityIcon = caseInfo.encrypted ? Lock : LockOpen
  return (
    <header className="toolbar" role="toolbar" aria-label="Case actions">
      <div className="toolbar-group">
        <button
          type="button"
          className="button button-primary"
          onClick={onImport}
          disabled={importing}
          title={`Import text, Markdown, saved web pages or PDFs (${shortcutLabel('i')})`}
          aria-keyshortcuts={ariaShortcut('i')}
        >
          <FilePlus2 size={16} aria-hidden />
          Import…
        </button>
        <button type="button" className="button" onClick={onNewNote} title="Paste or type a note as a new document">
          <NotebookPen size={16} aria-hidden />
          New note
        </button>
        <button type="button" className="button" onClick={onNewQuestion} title="Add an open question to the case">
          <MessageCircleQuestion size={16} aria-hidden />
          New question
        </button>
        <button type="button" className="button" onClick={onNewContact} title="Add a person or organisation you talk to">
          <UserPlus size={16} aria-hidden />
          New contact
        </button>
      </div>
      <div className="toolbar-title">
        <SearchBox onOpenHit={onOpenHit} />
        {caseInfo.readOnly && (
          <span className="pill" title={caseInfo.path}>
            Read-only
          </span>
        )}
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-button"
          onClick={props.onShowSecurity}
          aria-label={caseInfo.encrypted ? 'Case security (encrypted)' : 'Case security (not encrypted)'}
          title={caseInfo.encrypted ? 'Encrypted with a passphrase: change it, or the idle lock' : 'Not encrypted: protect this case with a passphrase'}
        >
          <SecurityIcon size={16} aria-hidden />
        </button>
        <button type="button" className="icon-button" onClick={props.onShowBackups} aria-label="Backups" title="Backups: restore an earlier state of this case">
          <History size={16} aria-hidden />
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={onShowOpen}
          title={`Open another case (${shortcutLabel('o')})`}
          aria-keyshortcuts={ariaShortcut('o')}
        >
          <FolderOpen size={16} aria-hidden />
          Open…
        </button>
        <button type="button" className="button button-quiet" onClick={onClose} title="Close this case and return to the start screen">
          <LogOut size={16} aria-hidden />
          Close case
        </button>
      </div>
    </header>
  )
}
