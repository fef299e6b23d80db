import type {EntriesByLocale} from '../../src/search/records';

const NOISE = [
  '\x1b[31mE1203 16:26:41.491426    1 controller.go:118]\x1b[0m retrying',
  '2024-05-01T08:15:30.123Z kubevela-vela-core-7f9c8d6b5-x2k9p restarted',
  'github.com/kubevela/kubevela/pkg/controller.(*Reconciler).Reconcile',
  '\t/home/runner/work/kubevela/kubevela/pkg/controller/app.go:212 +0x1a5',
  'request 123e4567-e89b-12d3-a456-426614174000 from 10.244.0.17:443',
];

/** A realistic 4 KB paste: the longest log of the entries, with noise. */
export function makePaste(entries: EntriesByLocale, size = 4096): string {
  const logs = entries['zh-Hans'].flatMap((entry) => entry.code);
  const longest = logs.reduce((a, b) => (b.length > a.length ? b : a), '');
  const lines = longest.split('\n');
  const out: string[] = [];
  for (let i = 0; out.join('\n').length < size; i++) {
    out.push(NOISE[i % NOISE.length], lines[i % lines.length]);
  }
  return out.join('\n').slice(0, size);
}
