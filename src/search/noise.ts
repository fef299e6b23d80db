const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

/** Logs copied from JSON keep their escapes: `\"name\"`, `\n`. */
export function unescapeJson(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(/\\+"/g, '"')
    .replace(/(?:\\r)?\\n/g, '\n')
    .replace(/\\t/g, ' ');
}

/** A prompt before a command: `$ `, `# `, `user@host:~/dir$ `, `[u@h d]# `. */
const PROMPT =
  /^\s*(?:[^\s@]+@[^\s:]+:[^\s$#]*[$#]|\[[^\]\n]*@[^\]\n]*\][$#]|[$#%>])\s+/;

/** A Go stack frame on a line of its own: `pkg/path.(*Type).Method`. */
const FRAME_LINE =
  /^(?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:\(\*?\w+\)\.)?\w+(?:\.func\d+)*(?:\([^)]*\))?(?:\s+\+0x[0-9a-f]+)?$/i;

const GOROUTINE = /^(?:goroutine \d+ \[[^\]]*\]:|created by .*|\.\.\.)$/;

/** Noise that names this run rather than this problem, in order. */
const NOISE: RegExp[] = [
  // Go frames inside a line: `helm.sh/helm/v3/pkg/action.(*Install).Run`.
  /\S*\.\(\*?\w+\)\.[\w.]+(?:\([^)\s]*\))?/g,
  /\b(?:runtime|main)\.(?:goexit|main)\b/g,
  // klog header: `I1203 16:26:41.491426    1 file.go:42]`.
  /^[IWEF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\]/g,
  // Timestamps and dates, with a zone and Go's monotonic clock.
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?(?: [A-Z]{3,5}\b)?)?/g,
  /\b\d{4}\/\d{2}\/\d{2}\b/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|\s?[+-]\d{4}(?: [A-Z]{3,5}\b)?)?/g,
  /\bm=[+-]\d+\.\d+/g,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b0x[0-9a-f]+\b/gi,
  /\b(?:sha256:)?[0-9a-f]{12,}\b/gi,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g,
  // Source files with a line number, absolute or not.
  /(?:[a-z]:)?(?:[~.]?\/)?(?:[\w.@+-]+\/)*[\w.@+-]+\.[a-z]{1,5}:\d+(?::\d+)?\b/gi,
  // Placeholders in a redacted paste; `<unknown>` and `<none>` are output.
  /<(?!(?:unknown|none|nil|pending)>)[\w .:-]{1,40}>/gi,
];

/** `kubevela-vela-core-f8b987775-wjg25` names the pod `kubevela-vela-core`. */
const POD_HASH =
  /\b([a-z][a-z0-9-]*?)-(?=[a-z]*\d)[a-z0-9]{6,10}-[a-z0-9]{5}\b/g;

/** Longer words are blobs (keys, base64); cutting them keeps regexes linear. */
const LONG_WORD = /(\S{160})\S+/g;

/** One log line without what differs from one run to the next. */
export function cleanLine(line: string): string {
  let text = line.replace(LONG_WORD, '$1').replace(PROMPT, '');
  if (FRAME_LINE.test(text.trim()) || GOROUTINE.test(text.trim())) {
    return '';
  }
  for (const pattern of NOISE) {
    text = text.replace(pattern, ' ');
  }
  return text.replace(POD_HASH, '$1').replace(/\s+/g, ' ').trim();
}
