// Words and marks for contacts: kind icons, channel names, and the terms badge (icon plus words,
// never colour alone; confidential carries a lock wherever it appears).
import { Building2, EyeOff, Info, Lock, Mail, MessageCircle, MicOff, Phone, Radio, User, type LucideIcon } from 'lucide-react'
import {
  CHANNEL_TYPES,
  CONTACT_KINDS,
  SOURCING_TERMS,
  SOURCING_TERMS_LABELS,
  type ChannelType,
  type ContactKind,
  type SourcingTerms
} from '../../../../shared/models'

export const CONTACT_KIND_ICONS: Record<ContactKind, LucideIcon> = { person: User, organization: Building2 }
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = { person: 'Person', organization: 'Organisation' }
export const CONTACT_KIND_OPTIONS = CONTACT_KINDS.map((kind) => ({ value: kind, label: CONTACT_KIND_LABELS[kind] }))

export const CHANNEL_LABELS: Record<ChannelType, string> = { phone: 'Phone', email: 'Email', signal: 'Signal', other: 'Other' }
export const CHANNEL_ICONS: Record<ChannelType, LucideIcon> = { phone: Phone, email: Mail, signal: MessageCircle, other: Radio }
export const CHANNEL_OPTIONS = CHANNEL_TYPES.map((type) => ({ value: type, label: CHANNEL_LABELS[type] }))

export const TERMS_OPTIONS = SOURCING_TERMS.map((terms) => ({ value: terms, label: SOURCING_TERMS_LABELS[terms] }))

/** What each set of terms allows, in a line an editor can check against. */
export const TERMS_HINTS: Record<SourcingTerms, string> = {
  on_record: 'May be named and quoted.',
  background: 'May be quoted, not named: attribute as agreed.',
  deep_background: 'Use what was said, but do not quote or attribute it.',
  off_record: 'Not for publication: use only to find other sources.',
  confidential: 'Identity protected: the name stays hidden in Casefile until you reveal it.'
}

/** Terms under which the source is described in print rather than named. */
export function describedNotNamed(terms: SourcingTerms): boolean {
  return terms !== 'on_record'
}

const TERMS_ICONS: Record<SourcingTerms, LucideIcon | null> = {
  on_record: null,
  background: Info,
  deep_background: EyeOff,
  off_record: MicOff,
  confidential: Lock
}

export function TermsBadge({ terms }: { terms: SourcingTerms }) {
  const Icon = TERMS_ICONS[terms]
  return (
    <span className={`terms-badge terms-${terms}`}>
      {Icon && <Icon size={12} aria-hidden strokeWidth={2.25} />}
      {SOURCING_TERMS_LABELS[terms]}
    </span>
  )
}

/** A person or organisation icon (decorative: pair it with KindLabel where the kind matters). */
export function KindIcon({ kind, size = 15, className }: { kind: ContactKind; size?: number; className?: string }) {
  const Icon = CONTACT_KIND_ICONS[kind]
  return <Icon size={size} aria-hidden className={className} />
}

/** The kind in words for screen readers, after a name: "Kay Cruz (person)". */
export function KindLabel({ kind }: { kind: ContactKind }) {
  return <span className="visually-hidden"> ({CONTACT_KIND_LABELS[kind].toLowerCase()})</span>
}
