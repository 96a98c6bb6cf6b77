/**
 * Marks the section being read in the table of contents (`aria-current="true"`): the last one whose
 * heading has passed the upper third of the window. It is worked out again whenever the page moves,
 * however it moved: scrolling, a link to an anchor, the back button, a search result landing on a
 * passage. (An IntersectionObserver would miss a jump that carries every heading past the line at
 * once.) The links work without this.
 */
import { anchorOf } from '../lib/urls';

const toc = document.querySelector<HTMLElement>('nav.toc');

if (toc) {
  const entries = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
    .map((link) => ({ link, heading: document.getElementById(anchorOf(link.hash) ?? '') }))
    .filter((entry): entry is { link: HTMLAnchorElement; heading: HTMLElement } => entry.heading !== null);

  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const line = window.innerHeight / 3;
    let active: HTMLAnchorElement | undefined;
    for (const { link, heading } of entries) {
      if (heading.getBoundingClientRect().top <= line) active = link;
      else break;
    }
    if (active === current) return;
    current?.removeAttribute('aria-current');
    active?.setAttribute('aria-current', 'true');
    current = active;
  };

  let queued = false;
  const soon = () => {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', soon, { passive: true });
  window.addEventListener('resize', soon);
  window.addEventListener('hashchange', soon);
  update();
}
