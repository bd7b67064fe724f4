// The first screen when no case is open: start a case, open one, or explore the sample.
import { BookOpen, FilePlus, FolderOpen, Sparkles, UserCog } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { useToasts } from '../../components/Toasts'
import type { AppInfo, CaseInfo } from '../../../../shared/models'
import { needsPassphrase } from '../../lib/errors'
import { ariaShortcut, shortcutLabel } from '../../lib/shortcuts'
import { NewCaseDialog } from './NewCaseDialog'
import { RecentCases } from './RecentCases'

interface WelcomeProps {
  info: AppInfo
  onOpened(info: CaseInfo): void
  onShowOpen(): void
  onRecentChanged(): void
  /** An encrypted case was chosen: ask for its passphrase (and open it for review when `review`). */
  onNeedsPassphrase(path: string, review?: boolean): void
  onShowPreferences(): void
}

export function WelcomeScreen({ info, onOpened, onShowOpen, onRecentChanged, onNeedsPassphrase, onShowPreferences }: WelcomeProps) {
  const toasts = useToasts()
  const [creating, setCreating] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)

  const run = async (key: string, work: () => Promise<CaseInfo>, failure: string, review = false) => {
    setBusy(key)
    try {
      onOpened(await work())
    } catch (error) {
      setBusy(null)
      if (needsPassphrase(error)) onNeedsPassphrase(key, review)
      else toasts.error(failure, error)
    }
  }

  return (
    <div className="welcome">
      <main className="welcome-card" aria-labelledby="welcome-title">
        <header className="welcome-header">
          <BookOpen size={30} className="welcome-logo" aria-hidden />
          <div>
            <h1 id="welcome-title">Casefile</h1>
            <p className="muted">Keep an investigation’s documents, marked passages and open questions in one file.</p>
          </div>
        </header>

        <div className="welcome-columns">
          <section aria-labelledby="start-heading" className="welcome-actions">
            <h2 id="start-heading" className="subheading">
              Start
            </h2>
            <button type="button" className="action-tile" onClick={() => setCreating(true)}>
              <FilePlus size={22} aria-hidden />
              <span>
                <span className="action-title">New case…</span>
                <span className="action-hint">Start an empty case file for a story</span>
              </span>
            </button>
            <button
              type="button"
              className="action-tile"
              onClick={onShowOpen}
              title={`Open a case (${shortcutLabel('o')})`}
              aria-keyshortcuts={ariaShortcut('o')}
            >
              <FolderOpen size={22} aria-hidden />
              <span>
                <span className="action-title">Open…</span>
                <span className="action-hint">A .casefile on this computer or from a colleague</span>
              </span>
            </button>
            <button
              type="button"
              className="action-tile"
              disabled={busy === 'sample'}
              onClick={() => void run('sample', () => api['cases.createSample']({}), 'Couldn’t create the sample case.')}
            >
              <Sparkles size={22} aria-hidden />
              <span>
                <span className="action-title">Explore the sample case</span>
                <span className="action-hint">A small investigation to try things out</span>
              </span>
            </button>
          </section>

          <section aria-labelledby="recent-heading" className="welcome-recent">
            <h2 id="recent-heading" className="subheading">
              Recent cases
            </h2>
            <RecentCases
              recent={info.recent}
              busyPath={busy}
              onOpen={(path) => void run(path, () => api['cases.open']({ path }), 'Couldn’t open that case.')}
              onReview={(path) => void run(path, () => api['cases.open']({ path, review: true }), 'Couldn’t open that case for review.', true)}
              onForget={async (path) => {
                try {
                  await api['cases.forgetRecent']({ path })
                  onRecentChanged()
                } catch (error) {
                  toasts.error('Couldn’t update the recent cases.', error)
                }
              }}
            />
          </section>
        </div>
        <div className="welcome-footer">
          <p className="muted">
            New cases are saved in <span className="mono">{info.casesDir}</span>
          </p>
          <button type="button" className="button button-quiet button-small" onClick={onShowPreferences}>
            <UserCog size={14} aria-hidden /> Preferences…
            {info.preferences.userName ? <span className="muted"> ({info.preferences.userName})</span> : null}
          </button>
        </div>
      </main>

      {creating && <NewCaseDialog casesDir={info.casesDir} onCreated={onOpened} onClose={() => setCreating(false)} />}
    </div>
  )
}
