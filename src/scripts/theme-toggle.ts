import { applyTheme, onSystemThemeChange, storedTheme, storeTheme, systemTheme, type Theme } from './theme';

const current = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

function render(button: HTMLButtonElement) {
  button.setAttribute('aria-pressed', String(current() === 'dark'));
}

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
for (const button of buttons) {
  render(button);
  button.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    storeTheme(next);
    buttons.forEach(render);
  });
}

// Until the reader picks a theme, the page follows the system, also when it changes.
onSystemThemeChange((theme) => {
  if (storedTheme()) return;
  applyTheme(theme);
  buttons.forEach(render);
});

// The <head> script ran before this one; in case it could not, the theme is set here too.
if (!document.documentElement.dataset.theme) applyTheme(storedTheme() ?? systemTheme());
