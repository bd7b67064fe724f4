// Runs one mutation: refreshes all data on success, reports failure as a sentence, and tells the
// caller whether it worked (fields revert when it did not).
import { useCallback } from 'react'
import { useToasts } from '../components/Toasts'
import { useRevision } from './revision'

export function useSave() {
  const { invalidate } = useRevision()
  const toasts = useToasts()
  return useCallback(
    async (work: () => Promise<unknown>, failure: string): Promise<boolean> => {
      try {
        await work()
        invalidate()
        return true
      } catch (error) {
        toasts.error(failure, error)
        return false
      }
    },
    [invalidate, toasts]
  )
}
