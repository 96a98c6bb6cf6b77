/** The two themes, and where the reader's choice is kept. */
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'theme';

const dark = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The reader's stored choice, if any (storage may be unavailable, e.g. in some private modes). */
export function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function systemTheme(): Theme {
  return dark().matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** Calls back when the system theme changes. */
export function onSystemThemeChange(callback: (theme: Theme) => void): void {
  dark().addEventListener('change', (event) => callback(event.matches ? 'dark' : 'light'));
}
