// Locks an encrypted case after a while without input: the case is closed (its key leaves memory
// in the core) and its passphrase is asked for again. The delay is a preference of this computer.
import { useEffect, useRef } from 'react'

const STORAGE_KEY = 'casefile.idleLockMinutes'
export const IDLE_LOCK_CHOICES = [5, 15, 30, 60, 0] as const
const DEFAULT_MINUTES = 15

/** Minutes without input before an encrypted case locks; 0 means never. */
export function idleLockMinutes(): number {
  const stored = Number(localStorage.getItem(STORAGE_KEY))
  return localStorage.getItem(STORAGE_KEY) !== null && Number.isFinite(stored) && stored >= 0 ? stored : DEFAULT_MINUTES
}

export function setIdleLockMinutes(minutes: number): void {
  localStorage.setItem(STORAGE_KEY, String(minutes))
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'pointermove'] as const

export function useIdleLock(active: boolean, onLock: (minutes: number) => void): void {
  const lock = useRef(onLock)
  lock.current = onLock
  useEffect(() => {
    const minutes = idleLockMinutes()
    if (!active || minutes === 0) return
    // Input only notes the time (pointer moves come by the hundred); a slow timer compares.
    const idleMs = minutes * 60_000
    let lastInput = Date.now()
    const noteInput = () => {
      lastInput = Date.now()
    }
    const timer = setInterval(() => {
      if (Date.now() - lastInput >= idleMs) {
        clearInterval(timer)
        lock.current(minutes)
      }
    }, Math.min(15_000, idleMs / 4))
    for (const type of ACTIVITY) window.addEventListener(type, noteInput, { passive: true })
    return () => {
      clearInterval(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, noteInput)
    }
  }, [active])
}
