// "Possibly the same as X": contacts with the same name or email. Merging folds the other contact
// into this one, keeping both logs; the confirmation says exactly what moves.
import { GitMerge, Users } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { useContact } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Contact } from '../../../../shared/models'
import { plural } from '../../lib/format'

interface DuplicatesBannerProps {
  contact: Contact
  onOpenContact(id: number): void
}

export function DuplicatesBanner({ contact, onOpenContact }: DuplicatesBannerProps) {
  const [merging, setMerging] = useState<{ id: number; displayName: string } | null>(null)
  const readOnly = useReadOnly()
  if (contact.possibleDuplicates.length === 0) return null
  return (
    <div className="duplicates-banner" role="note" aria-label="Possible duplicates">
      <Users size={16} aria-hidden className="duplicates-icon" />
      <ul className="plain-list duplicates-list">
        {contact.possibleDuplicates.map((duplicate) => (
          <li key={duplicate.id} className="duplicate">
            <span>
              Possibly the same as{' '}
              <button type="button" className="link-button" onClick={() => onOpenContact(duplicate.id)}>
                {duplicate.displayName}
              </button>{' '}
              (same name or email).
            </span>
            {!readOnly && (
              <button type="button" className="button button-small" onClick={() => setMerging(duplicate)}>
                <GitMerge size={14} aria-hidden /> Merge…
              </button>
            )}
          </li>
        ))}
      </ul>
      {merging && <MergeDialog keep={contact} other={merging} onClose={() => setMerging(null)} />}
    </div>
  )
}

function MergeDialog({ keep, other, onClose }: { keep: Contact; other: { id: number; displayName: string }; onClose(): void }) {
  const save = useSave()
  const toasts = useToasts()
  const detail = useContact(other.id).data
  const moving = detail
    ? [
        plural(detail.interactions.length, 'logged interaction'),
        `links to ${plural(detail.questionIds.length, 'question')} and ${plural(detail.passages.length, 'passage')}`,
        'its aliases and channels'
      ].join(', ')
    : 'its logged interactions, its links to questions and passages, its aliases and channels'

  return (
    <ConfirmDialog
      title="Merge these contacts?"
      confirmLabel="Merge"
      onClose={onClose}
      onConfirm={async () => {
        onClose()
        if (await save(() => api['contacts.merge']({ keepId: keep.id, mergeId: other.id }), 'Couldn’t merge the contacts.')) {
          toasts.success('Contacts merged', `${other.displayName} is now part of ${keep.displayName}.`)
        }
      }}
    >
      <p>
        Everything recorded under “{other.displayName}” moves to “{keep.displayName}”: {moving}. Then “{other.displayName}” is removed.
      </p>
      <p>Both interaction logs are kept in full. To keep the other contact instead, open it and merge from there.</p>
    </ConfirmDialog>
  )
}
