import type { Theme } from '../domain/settings';

/** The chosen theme as a data attribute; "system" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
