/** Where the build puts a shipped deck's Anki package (scripts/vite-plugin-anki.ts), from the site's root. */
export const apkgPath = (deckId: string): string => `anki/faultlines-${deckId}.apkg`;
