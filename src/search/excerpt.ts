export interface Excerpt {
  text: string;
  trimmed: boolean;
}

/** Lines worth keeping from the middle of a long log. */
const ERROR_LINE =
  /error|fail|forbidden|denied|refused|timeout|panic|cannot|unable|exist|invalid|not found|报错|失败/i;

/** Error lines between `start` and `end`, up to `budget` characters. */
function errorLines(text: string, start: number, end: number, budget: number) {
  const kept: string[] = [];
  let size = 0;
  let from = text.indexOf('\n', start) + 1;
  while (from > 0 && from < end && size < budget) {
    const to = text.indexOf('\n', from);
    const stop = to < 0 || to > end ? end : to;
    if (stop - from < 2_000) {
      const line = text.slice(from, stop);
      if (ERROR_LINE.test(line)) {
        kept.push(line);
        size += line.length + 1;
      }
    }
    from = stop + 1;
  }
  return kept.join('\n').slice(0, budget);
}

/**
 * Keeps at most `maxChars` of a long paste: its head (the command), its tail
 * (where the final error usually is) and the error lines in between.
 */
export function excerpt(text: string, maxChars: number): Excerpt {
  if (text.length <= maxChars) {
    return {text, trimmed: false};
  }
  const part = Math.floor(maxChars / 3);
  const tailStart = text.length - part;
  const head = text.slice(0, part);
  const middle = errorLines(text, part, tailStart, part);
  const tail = text.slice(text.indexOf('\n', tailStart) + 1 || tailStart);
  return {text: [head, middle, tail].join('\n'), trimmed: true};
}
