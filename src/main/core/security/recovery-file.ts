/** The recovery codes as a text file to keep (printed or in a password manager). */

export function recoveryCodesFile(codes: readonly string[], email: string, now: Date): string {
  return [
    'Kundencenter – Wiederherstellungscodes / recovery codes',
    `Konto / account: ${email}`,
    `Erstellt / created: ${now.toISOString().slice(0, 10)}`,
    '',
    'Jeder Code gilt einmal, anstelle des Sicherheitscodes der Authenticator-App.',
    'Each code works once, in place of the authenticator app’s code.',
    '',
    ...codes.map((code, i) => `${String(i + 1).padStart(2, ' ')}. ${code}`),
    '',
  ].join('\n');
}
