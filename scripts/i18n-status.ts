// Lists every entry with the state of its English translation; exits 1 when
// a translation drifted from its Chinese source without being marked.
import {logger} from '@docusaurus/logger';
import {translationState} from '../src/content/check';
import {FAQ_FILES, loadEntries} from '../src/plugins/faq/load';

async function main(): Promise<void> {
  const entries = await loadEntries(process.cwd());
  const translated = new Map(entries.en.map((entry) => [entry.id, entry]));
  const rows = entries['zh-Hans'].map((source) => {
    const translation = translated.get(source.id);
    return {
      id: source.id,
      state: translationState(source, translation),
      source: source.hash,
      translates: translation?.translation?.source ?? '-',
    };
  });

  const width = Math.max(...rows.map((row) => row.id.length));
  logger.info`i18n status of path=${FAQ_FILES.en} against path=${FAQ_FILES['zh-Hans']}`;
  for (const row of rows) {
    const line = `${row.id.padEnd(width)}  ${row.state.padEnd(8)}  source ${row.source}  translates ${row.translates}`;
    if (row.state === 'current') {
      logger.success(line);
    } else if (row.state === 'outdated') {
      logger.warn(line);
    } else {
      logger.error(line);
    }
  }
  const broken = rows.filter(
    (row) => row.state === 'drifted' || row.state === 'missing',
  );
  if (broken.length > 0) {
    logger.error`number=${broken.length} entries need a translation update: update the text and set translates to the source hash, or mark them outdated: true.`;
    process.exitCode = 1;
  }
}

void main();
