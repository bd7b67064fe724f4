// The case workspace: toolbar, then navigator · reader · inspector in resizable panes whose sizes
// are saved with the case. Files dropped anywhere on the window are imported.
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react'
import { Group, Panel, Separator, type Layout } from 'react-resizable-panels'
import { api } from '../../api/client'
import { useToasts } from '../../components/Toasts'
import { ReadOnlyProvider } from '../../data/readOnly'
import { useRevision } from '../../data/revision'
import type { CaseInfo, Contact, DocumentSummary, QuestionStatus, SearchHit, TextRange } from '../../../../shared/models'
import { useMenuCommand } from '../../lib/menu'
import { isCommand } from '../../lib/shortcuts'
import { NewContactDialog } from '../contacts/NewContactDialog'
import { ImportStatus } from '../import/ImportStatus'
import { NewNoteDialog } from '../import/NewNoteDialog'
import { ACCEPTED_EXTENSIONS, useImport } from '../import/useImport'
import { Inspector } from '../inspector/Inspector'
import { Navigator } from '../navigator/Navigator'
import { NewQuestionDialog } from '../questions/NewQuestionDialog'
import { Centre } from './Centre'
import { DropOverlay } from './DropOverlay'
import type { FindRequest, FocusRequest, QuestionSource, Section, View } from './selection'
import { readLastView, saveLastView } from './lastView'
import { Toolbar } from './Toolbar'

const PANES = ['navigator', 'reader', 'inspector'] as const
const DEFAULT_LAYOUT = [21, 51, 28]

function toLayout(saved: number[] | null): Layout {
  const sizes = saved?.length === PANES.length ? saved : DEFAULT_LAYOUT
  return Object.fromEntries(PANES.map((pane, index) => [pane, sizes[index]!]))
}

interface WorkspaceProps {
  caseInfo: CaseInfo
  onShowOpen(): void
  onShowBackups(): void
  onShowSecurity(): void
  onShowPreferences(): void
  /** Reopens the case in the other mode (review mode → editing, or back). */
  onReopen(review: boolean): void
  onClose(): void
}

export function Workspace({ caseInfo, onShowOpen, onShowBackups, onShowSecurity, onShowPreferences, onReopen, onClose }: WorkspaceProps) {
  const readOnly = caseInfo.readOnly
  const toasts = useToasts()
  const { invalidate } = useRevision()
  const [restored] = useState(() => readLastView(caseInfo.path))
  const [section, setSection] = useState<Section>(restored?.section ?? 'documents')
  const [statusFilter, setStatusFilter] = useState<QuestionStatus | 'all'>('all')
  const [view, setView] = useState<View>(restored?.view ?? { kind: 'none' })
  useEffect(() => saveLastView(caseInfo.path, { section, view }), [caseInfo.path, section, view])
  const [passageId, setPassageId] = useState<number | null>(null)
  const [focus, setFocus] = useState<FocusRequest | null>(null)
  const [findRequest, setFindRequest] = useState<FindRequest | null>(null)
  const [dialog, setDialogState] = useState<null | { kind: 'note' } | { kind: 'contact' } | { kind: 'question'; source: QuestionSource }>(null)
  // Review mode opens no dialog that would add to the case, whichever button asked for it.
  const setDialog = (next: typeof dialog) => setDialogState(readOnly && next ? null : next)
  const [dragging, setDragging] = useState(false)
  const dragDepth = useRef(0)
  const fileInput = useRef<HTMLInputElement>(null)
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined)

  const openDocument = useCallback((documentId: number, focusPassageId?: number) => {
    setSection('documents')
    setView({ kind: 'document', id: documentId })
    setPassageId(focusPassageId ?? null)
    setFocus(focusPassageId ? { passageId: focusPassageId, nonce: Date.now() } : null)
    setFindRequest(null)
  }, [])

  const openQuestion = useCallback((questionId: number) => {
    setSection('questions')
    setView({ kind: 'question', id: questionId })
    setPassageId(null)
  }, [])

  const openContact = useCallback((contactId: number) => {
    setSection('contacts')
    setView({ kind: 'contact', id: contactId })
    setPassageId(null)
  }, [])

  const openClaim = useCallback((claimId: number) => {
    setSection('claims')
    setView({ kind: 'claim', id: claimId })
    setPassageId(null)
  }, [])

  const showContradictions = useCallback(() => {
    setSection('claims')
    setView({ kind: 'contradictions' })
    setPassageId(null)
  }, [])

  const showStatus = useCallback(() => {
    setSection('status')
    setView({ kind: 'status' })
    setPassageId(null)
  }, [])

  const showSummary = useCallback(() => {
    setSection('status')
    setView({ kind: 'summary' })
    setPassageId(null)
  }, [])

  const showSuggestions = useCallback(() => {
    setSection('contacts')
    setView({ kind: 'suggestions' })
    setPassageId(null)
  }, [])

  // From a contact's passages and mentions: the navigator stays on Contacts, so the reporter can
  // go through a contact's mentions one after another.
  const openFromContact = useCallback((documentId: number, at: { passageId: number } | { range: TextRange }) => {
    setView({ kind: 'document', id: documentId })
    setFindRequest(null)
    if ('passageId' in at) {
      setPassageId(at.passageId)
      setFocus({ passageId: at.passageId, nonce: Date.now() })
    } else {
      setPassageId(null)
      setFocus({ range: at.range, nonce: Date.now() })
    }
  }, [])

  // A search hit opens its document at the match, its passage, or its question.
  const openHit = useCallback(
    (hit: SearchHit, query: string) => {
      if (hit.kind === 'question') return openQuestion(hit.id)
      if (hit.documentId === null) return
      if (hit.kind === 'passage') return openDocument(hit.documentId, hit.id)
      openDocument(hit.documentId)
      setFindRequest({ query, pageIndex: hit.pageIndex ?? 0, nonce: Date.now() })
    },
    [openDocument, openQuestion]
  )

  const importer = useImport(useCallback((document: DocumentSummary) => openDocument(document.id), [openDocument]))

  // Review mode imports nothing: the file chooser never opens (toolbar, menu, shortcut, drop).
  const chooseFiles = useCallback(() => {
    if (!readOnly) fileInput.current?.click()
  }, [readOnly])
  useMenuCommand('import', chooseFiles)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isCommand(event, 'i')) {
        event.preventDefault()
        chooseFiles()
      }
    }
    // Files dropped outside the drop target must not make the browser navigate away.
    const swallow = (event: globalThis.DragEvent) => event.preventDefault()
    window.addEventListener('keydown', onKey)
    window.addEventListener('dragover', swallow)
    window.addEventListener('drop', swallow)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('dragover', swallow)
      window.removeEventListener('drop', swallow)
    }
  }, [chooseFiles])

  useEffect(() => () => clearTimeout(saveTimer.current), [])

  const saveLayout = (layout: Layout, requested?: Layout) => {
    if (readOnly) return // review mode writes nothing to the case, not even pane sizes
    const source = requested ?? layout
    const sizes = PANES.map((pane) => Math.round((source[pane] ?? 0) * 10) / 10)
    clearTimeout(saveTimer.current)
    saveTimer.current = setTimeout(() => {
      api['cases.saveLayout']({ layout: sizes }).catch((error) => toasts.error('Couldn’t remember the pane sizes.', error))
    }, 300)
  }

  const hasFiles = (event: DragEvent) => !readOnly && Array.from(event.dataTransfer.types).includes('Files')

  return (
    <ReadOnlyProvider readOnly={caseInfo.readOnly}>
      <div
        className="workspace"
        onDragEnter={(event) => {
          if (!hasFiles(event)) return
          dragDepth.current++
          setDragging(true)
        }}
        onDragOver={(event) => {
          if (!hasFiles(event)) return
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
        }}
        onDragLeave={(event) => {
          if (!hasFiles(event)) return
          dragDepth.current = Math.max(0, dragDepth.current - 1)
          if (dragDepth.current === 0) setDragging(false)
        }}
        onDrop={(event) => {
          event.preventDefault()
          if (readOnly) return
          dragDepth.current = 0
          setDragging(false)
          void importer.start(Array.from(event.dataTransfer.files))
        }}
      >
        <Toolbar
          caseInfo={caseInfo}
          importing={importer.state.phase === 'running'}
          onImport={chooseFiles}
          onNewNote={() => setDialog({ kind: 'note' })}
          onNewQuestion={() => setDialog({ kind: 'question', source: { kind: 'none' } })}
          onNewContact={() => setDialog({ kind: 'contact' })}
          onOpenHit={openHit}
          onShowOpen={onShowOpen}
          onShowBackups={onShowBackups}
          onShowSecurity={onShowSecurity}
          onShowPreferences={onShowPreferences}
          onSwitchToEditing={() => onReopen(false)}
          onClose={onClose}
        />
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_EXTENSIONS.join(',')}
          aria-label="Choose files to import"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? [])
            event.target.value = ''
            void importer.start(files)
          }}
        />
        <ImportStatus
          state={importer.state}
          onCancel={importer.cancel}
          onDismiss={importer.dismiss}
          onOpenDocument={(document) => openDocument(document.id)}
        />

        <Group
          id="casefile-panes"
          className="panes"
          defaultLayout={toLayout(caseInfo.layout)}
          onLayoutChanged={(layout, meta) => {
            if (meta.isUserInteraction) saveLayout(layout, meta.requestedLayout)
          }}
        >
          <Panel id="navigator" minSize={200} className="pane">
            <Navigator
              caseTitle={caseInfo.title}
              casePath={caseInfo.path}
              section={section}
              onSection={(next) => {
                setSection(next)
                // The Status section has no list to pick from: it opens the board itself.
                if (next === 'status' && view.kind !== 'status' && view.kind !== 'summary') showStatus()
              }}
              view={view}
              statusFilter={statusFilter}
              onStatusFilter={setStatusFilter}
              onOpenDocument={(id) => openDocument(id)}
              onOpenQuestion={openQuestion}
              onOpenContact={openContact}
              onShowSuggestions={showSuggestions}
              onOpenClaim={openClaim}
              onShowContradictions={showContradictions}
              onShowStatus={showStatus}
              onShowSummary={showSummary}
              onImport={chooseFiles}
              onNewQuestion={() => setDialog({ kind: 'question', source: { kind: 'none' } })}
              onNewContact={() => setDialog({ kind: 'contact' })}
            />
          </Panel>
          <Separator className="pane-separator" aria-label="Resize navigator and reader" />
          <Panel id="reader" minSize="30" className="pane">
            <Centre
              view={view}
              selectedPassageId={passageId}
              focus={focus}
              findRequest={findRequest}
              onSelectPassage={setPassageId}
              onOpenDocument={openDocument}
              onOpenQuestion={openQuestion}
              onOpenContact={openContact}
              onOpenClaim={openClaim}
              onShowContradictions={showContradictions}
              onShowSummary={showSummary}
              onClaimDeleted={() => setView({ kind: 'none' })}
              onOpenFromContact={openFromContact}
              onContactAccepted={(contact) => openContact(contact.id)}
              onContactDeleted={() => setView({ kind: 'none' })}
              onImport={chooseFiles}
              onNewNote={() => setDialog({ kind: 'note' })}
              onNewQuestion={(source) => setDialog({ kind: 'question', source })}
            />
          </Panel>
          <Separator className="pane-separator" aria-label="Resize reader and inspector" />
          <Panel id="inspector" minSize={240} className="pane">
            <Inspector
              view={view}
              passageId={passageId}
              onSelectPassage={(id) => {
                setPassageId(id)
                if (id !== null) setFocus({ passageId: id, nonce: Date.now() })
              }}
              onOpenDocument={openDocument}
              onOpenQuestion={openQuestion}
              onOpenContact={openContact}
              onOpenClaim={openClaim}
              onNewQuestion={(source) => setDialog({ kind: 'question', source })}
              onQuestionDeleted={() => setView({ kind: 'none' })}
            />
          </Panel>
        </Group>

        {dragging && <DropOverlay />}

        {dialog?.kind === 'note' && (
          <NewNoteDialog
            onClose={() => setDialog(null)}
            onCreated={(document) => {
              setDialog(null)
              invalidate()
              openDocument(document.id)
            }}
          />
        )}
        {dialog?.kind === 'contact' && (
          <NewContactDialog
            onClose={() => setDialog(null)}
            onCreated={(contact: Contact) => {
              setDialog(null)
              invalidate()
              openContact(contact.id)
              // The display name: a confidential contact's real name never reaches a notification.
              toasts.success('Contact added', contact.displayName)
            }}
          />
        )}
        {dialog?.kind === 'question' && (
          <NewQuestionDialog
            source={dialog.source}
            onClose={() => setDialog(null)}
            onCreated={(question, passageId) => {
              setDialog(null)
              invalidate()
              if (passageId !== null) {
                setPassageId(passageId)
              } else {
                openQuestion(question.id)
              }
              toasts.success('Question added', question.title)
            }}
          />
        )}
      </div>
    </ReadOnlyProvider>
  )
}
