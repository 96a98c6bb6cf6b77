import { THEME_KEY } from './theme';

/**
 * The script that sets <html data-theme> before the first paint: the reader's stored choice, else
 * the system's. Base.astro writes it inline in <head> (a module would run after the paint, a flash
 * of the wrong theme) and gives its hash to Astro's CSP, which hashes only the scripts it bundles.
 */
export const THEME_INIT = `(function(){var t;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})()`;
