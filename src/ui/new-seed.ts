/** A fresh seed for a new quiz, Briefing or class quiz; the URL or the spec keeps it, so the same quiz can be asked again. */
export const newSeed = () => Math.random().toString(36).slice(2, 10);
