import {stem} from './stem';

/** `v1beta1.metrics.k8s.io`: three labels or more. */
const DOTTED = /^[a-z0-9-]+(?:\.[a-z0-9-]+){2,}$/;

/** The version before an API group: `v1beta1.metrics.k8s.io`. */
const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?\./;

/**
 * `pods.metrics.k8s.io` and `pod.metrics.k8s.io` are one name, and so are
 * `v1beta1.metrics.k8s.io` and `metrics.k8s.io`.
 */
function nameKey(name: string): string {
  const [first, ...parent] = name.replace(VERSION, '').split('.');
  return [stem(first), ...parent].join('.');
}

function parentOf(name: string): string {
  const key = nameKey(name);
  return key.slice(key.indexOf('.') + 1);
}

export function isDotted(term: string): boolean {
  return DOTTED.test(term);
}

const spellings = new WeakMap<Set<string>, Map<string, string[]>>();

/** The index's spellings of a dotted name, singular or plural. */
export function spellingsOf(name: string, vocabulary: Set<string>): string[] {
  let byKey = spellings.get(vocabulary);
  if (!byKey) {
    byKey = new Map();
    for (const word of vocabulary) {
      if (isDotted(word)) {
        const key = nameKey(word);
        byKey.set(key, [...(byKey.get(key) ?? []), word]);
      }
    }
    spellings.set(vocabulary, byKey);
  }
  return [name, ...(byKey.get(nameKey(name)) ?? [])];
}

/**
 * Whether `other` is another name under the same parent as `name`:
 * `custom.metrics.k8s.io` beside `pods.metrics.k8s.io`.
 */
export function isSibling(name: string, other: string): boolean {
  return (
    isDotted(other) &&
    parentOf(other) === parentOf(name) &&
    nameKey(other) !== nameKey(name)
  );
}
