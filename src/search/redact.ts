const REPLACEMENTS: Array<[RegExp, string]> = [
  // user:password@host in URLs
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/:@]+:[^\s/@]+@/gi, '$1[redacted]@'],
  // Authorization headers and bearer tokens
  [/\b(bearer|basic)\s+[a-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  // key=value or key: value secrets
  [
    /\b([a-z_-]*(?:token|secret|password|passwd|pwd|api[_-]?key|access[_-]?key)[a-z_-]*)(["']?\s*[:=]\s*["']?)[^\s"',;]+/gi,
    '$1$2[redacted]',
  ],
  // JSON Web Tokens
  [/\beyJ[a-z0-9_-]{5,}\.[a-z0-9_-]{5,}\.[a-z0-9_-]*/gi, '[redacted]'],
  // well-known key prefixes: GitHub, AWS, Slack, Google
  [
    /\b(?:gh[pousr]_[a-z0-9]{20,}|github_pat_[a-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abprs]-[a-z0-9-]{10,}|AIza[0-9a-z_-]{30,})/gi,
    '[redacted]',
  ],
  // e-mail addresses
  [/\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b/gi, '[email]'],
  // IPv4 and IPv6 addresses
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '[ip]'],
  [/\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/gi, '[ip]'],
  // long random-looking strings (base64 or hex secrets)
  [/\b[a-z0-9+/_-]{40,}={0,2}/gi, '[redacted]'],
];

/**
 * Removes obvious secrets from a pasted log before it leaves the browser:
 * credentials in URLs, tokens, keys, passwords, e-mail and IP addresses.
 * It cannot know every secret format; it is a guard, not a guarantee.
 */
export function redact(text: string): string {
  return REPLACEMENTS.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    text,
  );
}
