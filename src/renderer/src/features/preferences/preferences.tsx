// The user's preferences (their name, recorded in the history and on sign-offs), available to any
// screen: read them, save a new name, or open the Preferences dialog. App provides it from AppInfo.
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { api } from '../../api/client'
import type { Preferences } from '../../../../shared/models'

interface PreferencesValue {
  preferences: Preferences
  /** Saves the name (null clears it), then reloads the app info so every screen sees it. */
  saveUserName(userName: string | null): Promise<Preferences>
  showDialog(): void
}

const PreferencesContext = createContext<PreferencesValue>({
  preferences: { userName: null },
  saveUserName: async (userName) => ({ userName }),
  showDialog: () => {}
})

interface PreferencesProviderProps {
  preferences: Preferences
  /** Reloads the app info after a change. */
  onChanged(): Promise<void> | void
  onShowDialog(): void
  children: ReactNode
}

export function PreferencesProvider({ preferences, onChanged, onShowDialog, children }: PreferencesProviderProps) {
  const value = useMemo<PreferencesValue>(
    () => ({
      preferences,
      saveUserName: async (userName) => {
        const saved = await api['app.setPreferences']({ userName })
        await onChanged()
        return saved
      },
      showDialog: onShowDialog
    }),
    [preferences, onChanged, onShowDialog]
  )
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>
}

export function usePreferences(): PreferencesValue {
  return useContext(PreferencesContext)
}
