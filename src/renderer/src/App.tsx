// Top level: the welcome screen when no case is open, else the case workspace.
import { BookOpen } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import { api } from './api/client'
import { ToastProvider, useToasts } from './components/Toasts'
import { RevisionProvider } from './data/revision'
import type { AppInfo, CaseInfo } from '../../shared/models'
import { errorMessage, needsPassphrase } from './lib/errors'
import { useMenuCommand } from './lib/menu'
import { useIdleLock } from './lib/idleLock'
import { isCommand } from './lib/shortcuts'
import { NewCaseDialog } from './features/welcome/NewCaseDialog'
import { OpenCaseDialog } from './features/welcome/OpenCaseDialog'
import { UnlockDialog } from './features/welcome/UnlockDialog'
import { BackupsDialog } from './features/caseSettings/BackupsDialog'
import { SecurityDialog } from './features/caseSettings/SecurityDialog'
import { WelcomeScreen } from './features/welcome/WelcomeScreen'
import { PreferencesDialog } from './features/preferences/PreferencesDialog'
import { PreferencesProvider } from './features/preferences/preferences'
import { Workspace } from './features/workspace/Workspace'

export function App() {
  return (
    <ToastProvider>
      <Shell />
    </ToastProvider>
  )
}

function Shell() {
  const toasts = useToasts()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [showOpen, setShowOpen] = useState(false)
  const [showNew, setShowNew] = useState(false)
  const [unlock, setUnlock] = useState<{ path: string; reason?: string; review?: boolean } | null>(null)
  const [caseDialog, setCaseDialog] = useState<'backups' | 'security' | null>(null)
  const [showPreferences, setShowPreferences] = useState(false)
  const openPreferences = useCallback(() => setShowPreferences(true), [])
  // Bumped when the open case's file is replaced (a restore): the workspace starts afresh.
  const [generation, setGeneration] = useState(0)

  const refresh = useCallback(async () => {
    try {
      setInfo(await api['app.info']({}))
      setLoadError(null)
    } catch (error) {
      setLoadError(errorMessage(error))
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isCommand(event, 'o')) {
        event.preventDefault()
        setShowOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // An encrypted case chosen in the desktop's Open dialog waits here for its passphrase.
  useEffect(() => {
    if (info?.pendingUnlock) setUnlock((current) => current ?? { path: info.pendingUnlock! })
  }, [info?.pendingUnlock])

  useEffect(() => {
    document.title = info?.openCase ? `${info.openCase.title} — Casefile` : 'Casefile'
  }, [info?.openCase])

  const opened = (openCase: CaseInfo) => {
    setShowOpen(false)
    setShowNew(false)
    setUnlock(null)
    setInfo((previous) => (previous ? { ...previous, openCase } : previous))
    void refresh()
  }

  // Review mode ↔ editing: the core closes the file and opens it again in the other mode. An
  // encrypted case may ask for its passphrase again.
  const reopen = async (path: string, review: boolean) => {
    try {
      opened(await api['cases.open']({ path, review }))
    } catch (error) {
      await refresh()
      if (needsPassphrase(error)) setUnlock({ path, review })
      else toasts.error(review ? 'Couldn’t open the case for review.' : 'Couldn’t reopen the case for editing.', error)
    }
  }

  const closeCase = async () => {
    try {
      await api['cases.close']({})
    } catch (error) {
      toasts.error('Couldn’t close the case.', error)
    }
    await refresh()
  }

  // An encrypted case locks itself after the chosen time without input.
  useIdleLock(info?.openCase?.encrypted === true, (minutes) => {
    const path = info?.openCase?.path
    void closeCase().then(() => {
      if (path) setUnlock({ path, reason: `Locked after ${minutes < 1 ? 'a moment' : `${minutes} minutes`} without activity.` })
    })
  })

  // Desktop menu: the main process opened a case from its file dialog, or asks to create or close one.
  useMenuCommand('open-case', () => void refresh())
  useMenuCommand('new-case', () => setShowNew(true))
  useMenuCommand('close-case', () => void closeCase())

  if (!info) {
    return (
      <div className="splash" role={loadError ? 'alert' : 'status'}>
        <BookOpen size={28} aria-hidden />
        <p>{loadError ? `Casefile couldn’t start: ${loadError}` : 'Opening Casefile…'}</p>
        {loadError && (
          <button type="button" className="button" onClick={() => void refresh()}>
            Try again
          </button>
        )}
      </div>
    )
  }

  return (
    <PreferencesProvider preferences={info.preferences} onChanged={refresh} onShowDialog={openPreferences}>
      {info.openCase ? (
        <RevisionProvider key={`${info.openCase.path}#${generation}`}>
          <Workspace
            caseInfo={info.openCase}
            onShowOpen={() => setShowOpen(true)}
            onShowBackups={() => setCaseDialog('backups')}
            onShowSecurity={() => setCaseDialog('security')}
            onShowPreferences={openPreferences}
            onReopen={(review) => void reopen(info.openCase!.path, review)}
            onClose={() => void closeCase()}
          />
        </RevisionProvider>
      ) : (
        <WelcomeScreen
          info={info}
          onOpened={opened}
          onShowOpen={() => setShowOpen(true)}
          onRecentChanged={() => void refresh()}
          onNeedsPassphrase={(path, review) => setUnlock({ path, review })}
          onShowPreferences={openPreferences}
        />
      )}
      {showOpen && (
        <OpenCaseDialog
          info={info}
          onOpened={opened}
          onNeedsPassphrase={(path, review) => {
            setShowOpen(false)
            setUnlock({ path, review })
          }}
          onClose={() => setShowOpen(false)}
        />
      )}
      {unlock && (
        <UnlockDialog
          path={unlock.path}
          reason={unlock.reason}
          review={unlock.review}
          canRemember={info.canRememberPassphrase}
          onOpened={opened}
          onClose={() => {
            setUnlock(null)
            if (info.pendingUnlock) void closeCase()
          }}
        />
      )}
      {caseDialog === 'backups' && info.openCase && (
        <BackupsDialog
          onRestored={(restored) => {
            setCaseDialog(null)
            setGeneration((value) => value + 1)
            opened(restored)
          }}
          onClose={() => setCaseDialog(null)}
        />
      )}
      {caseDialog === 'security' && info.openCase && (
        <SecurityDialog
          caseInfo={info.openCase}
          onChanged={(changed) => {
            setCaseDialog(null)
            opened(changed)
          }}
          onClose={() => setCaseDialog(null)}
        />
      )}
      {showNew && <NewCaseDialog casesDir={info.casesDir} onCreated={opened} onClose={() => setShowNew(false)} />}
      {showPreferences && <PreferencesDialog onClose={() => setShowPreferences(false)} />}
    </PreferencesProvider>
  )
}
