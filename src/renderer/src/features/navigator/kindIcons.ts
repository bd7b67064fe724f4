import { FileText, Mail, MessageSquare, Mic, Newspaper, StickyNote, type LucideIcon } from 'lucide-react'
import type { DocumentKind } from '../../../../shared/models'

export const KIND_ICONS: Record<DocumentKind, LucideIcon> = {
  article: Newspaper,
  memo: FileText,
  transcript: Mic,
  email: Mail,
  social: MessageSquare,
  note: StickyNote
}

export const KIND_LABELS: Record<DocumentKind, string> = {
  article: 'Article',
  memo: 'Memo',
  transcript: 'Transcript',
  email: 'Email',
  social: 'Social post',
  note: 'Note'
}
