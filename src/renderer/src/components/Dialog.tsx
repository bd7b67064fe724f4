// A modal dialog on the native <dialog> element: focus is trapped, Escape closes, and the title
// names it for screen readers.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react'

interface DialogProps {
  title: string
  description?: ReactNode
  onClose(): void
  /** When given, the body is a form and Enter submits it. */
  onSubmit?(): void
  children: ReactNode
  actions: ReactNode
  className?: string
}

export function Dialog({ title, description, onClose, onSubmit, children, actions, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    const opener = document.activeElement as HTMLElement | null
    return () => opener?.focus?.()
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit?.()
  }

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="dialog-description">
            {description}
          </div>
        )}
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  )
}

/** The usual pair at the foot of a form dialog: Cancel, and the action (disabled while it runs). */
export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel(): void }) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </>
  )
}

interface ConfirmProps {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm(): void
  onClose(): void
}

/** A confirmation that names exactly what will go. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmProps) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="submit" className="button button-danger">
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  )
}
