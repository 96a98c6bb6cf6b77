/**
 * Marks the section being read in the table of contents (`aria-current="true"`): the last one whose
 * heading has passed the upper third of the window. The links work without this.
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

  // The observed strip is the window's upper third: a heading crossing its lower edge changes the section.
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  for (const { heading } of entries) observer.observe(heading);
  update();
}
