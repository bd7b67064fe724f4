import { Eye, FilePlus2, FolderOpen, History, Lock, LockOpen, LogOut, MessageCircleQuestion, NotebookPen, Pencil, UserCog, UserPlus } from 'lucide-react'
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
  onShowPreferences(): void
  /** Review mode: reopen the case for editing. */
  onSwitchToEditing(): void
  onClose(): void
}

export function Toolbar(props: ToolbarProps) {
  const { caseInfo, importing, onImport, onNewNote, onNewQuestion, onNewContact, onOpenHit, onShowOpen, onClose } = props
  const SecurityIcon = caseInfo.encrypted ? Lock : LockOpen
  return (
    <header className="toolbar" role="toolbar" aria-label="Case actions">
      {caseInfo.readOnly ? (
        <ReviewBanner path={caseInfo.path} onSwitchToEditing={props.onSwitchToEditing} />
      ) : (
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
      )}
      <div className="toolbar-title">
        <SearchBox onOpenHit={onOpenHit} />
      </div>
      <div className="toolbar-group">
        {/* Review mode changes nothing in the file: no passphrase change, no backups or restores. */}
        {!caseInfo.readOnly && (
          <>
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
          </>
        )}
        <button type="button" className="icon-button" onClick={props.onShowPreferences} aria-label="Preferences" title="Preferences: your name, recorded in the history and on sign-offs">
          <UserCog size={16} aria-hidden />
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

/** Review mode, said plainly where the write buttons would be, with the way back to editing. */
function ReviewBanner({ path, onSwitchToEditing }: { path: string; onSwitchToEditing(): void }) {
  return (
    <div className="review-banner" role="note" aria-label="Review mode" title={path}>
      <Eye size={16} aria-hidden className="review-banner-icon" />
      <span className="review-banner-text">
        <strong>Review mode — read-only.</strong> Sign-offs and exports still work.
      </span>
      <button type="button" className="button button-small" onClick={onSwitchToEditing}>
        <Pencil size={14} aria-hidden /> Switch to editing
      </button>
    </div>
  )
}
