import {isDotted} from './dotted';
import {deniedSubjects} from './premise';
import {tokenize} from './tokenize';

/**
 * What a query says that identifies its own problem, whether or not an entry
 * shares its words: the states it names, the API names it gives and what it
 * says is fine.
 */
export interface Evidence {
  /** Terms of reason words such as `CrashLoopBackOff` or `OOMKilled`. */
  reasons: string[];
  /** Dotted names such as `custom.metrics.k8s.io`: an API group or CRD. */
  names: string[];
  /** The terms of each thing the query says works, or did not help. */
  denied: string[][];
}

/**
 * An UpperCamelCase word, as Kubernetes writes reasons: `ImagePullBackOff`,
 * `OOMKilled`. Field names (`maxUnavailable`) start lower-case.
 */
const CAMEL = /\b[A-Z][A-Za-z]*?(?:[a-z][A-Z]|[A-Z]{2}[a-z])[A-Za-z]*\b/g;

/**
 * Parts of the reasons Kubernetes gives for a state that is wrong. A humped
 * word without one (`ReplicaSet`, `PullImage`, `KubeSphere`) names a thing,
 * not a problem, and says nothing against an entry.
 */
const TROUBLE =
  /Fail|Err|BackOff|Kill|Crash|Remain|Evict|Unhealthy|NotReady|Missing|Invalid|Exceed|Denied|Forbidden|Timeout|TimedOut|Pressure|Unschedulable|Unavailable|Unreachable|Conflict|Insufficient|Lost|Mismatch|Refused|NotFound|Unauthorized|Unknown/;

/** A label of a version rather than a name: `v1.2.3`, `go1.14.12`. */
const NUMBER = /^v?\d+$/;

function reasonWords(text: string): string[] {
  const words = [...new Set(text.match(CAMEL) ?? [])];
  return [
    ...new Set(words.filter((word) => TROUBLE.test(word)).flatMap(tokenize)),
  ];
}

/** API groups and resource names: `custom.metrics.k8s.io`. */
function dottedNames(terms: string[]): string[] {
  return terms.filter(
    (term) =>
      isDotted(term) &&
      /^[a-z]/.test(term) &&
      !term.split('.').some((label) => NUMBER.test(label)),
  );
}

/** The evidence in a cleaned query; `terms` are its search terms. */
export function findEvidence(text: string, terms: string[]): Evidence {
  return {
    reasons: reasonWords(text),
    names: dottedNames(terms),
    denied: deniedSubjects(text)
      .map((subject) => [...new Set(tokenize(subject))])
      .filter((subject) => subject.length > 0),
  };
}
