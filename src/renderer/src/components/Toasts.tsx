// Notifications: errors as sentences with their details one click away; confirmations that fade.
import { CircleCheck, TriangleAlert, X } from 'lucide-react'
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { CasefileError } from '../../../shared/errors'

interface Toast {
  id: number
  tone: 'error' | 'success'
  title: string
  message?: string
  details?: string
}

interface ToastApi {
  /** Shows what failed ("Couldn’t save the outlet.") and why, in the error's own sentence. */
  error(title: string, error?: unknown): void
  success(title: string, message?: string): void
}

const ToastContext = createContext<ToastApi>({ error: () => {}, success: () => {} })

export function useToasts(): ToastApi {
  return useContext(ToastContext)
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), [])

  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++
      setToasts((list) => [...list.slice(-3), { ...toast, id }])
      if (toast.tone === 'success') setTimeout(() => dismiss(id), 4000)
    },
    [dismiss]
  )

  const api = useMemo<ToastApi>(
    () => ({
      error: (title, error) => {
        const failure = error instanceof CasefileError ? error : error instanceof Error ? new CasefileError('internal', error.message) : null
        push({
          tone: 'error',
          title,
          message: failure?.message,
          details: failure ? `Error code: ${failure.code}` : undefined
        })
      },
      success: (title, message) => push({ tone: 'success', title, message })
    }),
    [push]
  )

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label="Notifications">
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </section>
    </ToastContext.Provider>
  )
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss(): void }) {
  const Icon = toast.tone === 'error' ? TriangleAlert : CircleCheck
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <Icon className="toast-icon" size={18} aria-hidden />
      <div className="toast-body">
        <p className="toast-title">{toast.title}</p>
        {toast.message && <p className="toast-message">{toast.message}</p>}
        {toast.details && (
          <details className="toast-details">
            <summary>Details</summary>
            <code>{toast.details}</code>
          </details>
        )}
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss notification" title="Dismiss" onClick={onDismiss}>
        <X size={16} aria-hidden />
      </button>
    </div>
  )
}
