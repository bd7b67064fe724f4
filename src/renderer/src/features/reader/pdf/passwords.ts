// Passwords that opened a PDF, kept in memory for this session only (never stored or sent anywhere
// but to pdf.js), so a protected PDF asks once per session. Import remembers the password it used.
const passwords = new Map<number, string>()

export function rememberPdfPassword(documentId: number, password: string): void {
  passwords.set(documentId, password)
}

export function rememberedPdfPassword(documentId: number): string | undefined {
  return passwords.get(documentId)
}

export function forgetPdfPassword(documentId: number): void {
  passwords.delete(documentId)
}
