/** The entry the reader is in: the last entry heading above a third of the screen. */
export function entryInView(): HTMLElement | undefined {
  const headings = document.querySelectorAll<HTMLElement>('article h3[id]');
  const limit = window.innerHeight / 3;
  let current: HTMLElement | undefined;
  headings.forEach((heading) => {
    if (heading.getBoundingClientRect().top <= limit) {
      current = heading;
    }
  });
  return current;
}
