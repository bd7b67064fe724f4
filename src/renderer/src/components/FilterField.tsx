// The search box above a list or a picker's choices: filters as the user types.
import { Search } from 'lucide-react'

interface FilterFieldProps {
  /** The accessible name, e.g. "Filter claims"; also the placeholder unless one is given. */
  label: string
  placeholder?: string
  value: string
  onChange(value: string): void
  autoFocus?: boolean
  disabled?: boolean
}

export function FilterField({ label, placeholder = label, value, onChange, autoFocus, disabled }: FilterFieldProps) {
  return (
    <div className="list-filter">
      <Search size={14} aria-hidden className="list-filter-icon" />
      <input
        type="search"
        className="input input-search"
        aria-label={label}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
      />
    </div>
  )
}
