import {extractEntries} from '../../src/content/extract';
import type {Entry, Locale} from '../../src/content/types';

interface FixtureEntry {
  id: string;
  title?: string;
  summary?: string;
  body?: string;
  translates?: string;
  outdated?: boolean;
}

export const CARD = `<TroubleshootingCard signature="Error: boom">

<Output>

\`\`\`text
boom
\`\`\`

</Output>

<Cause>

Something broke.

</Cause>

<Fix>

1. Run it again.

   \`\`\`bash
   vela install
   \`\`\`

</Fix>

</TroubleshootingCard>`;

/** A small FAQ page written for a test: one section, the given entries. */
export function page(entries: FixtureEntry[]): string {
  const meta = entries
    .map((entry) =>
      [
        `  ${entry.id}:`,
        entry.summary !== ''
          ? `    summary: ${entry.summary ?? 'Do the thing.'}`
          : '',
        entry.translates ? `    translates: ${entry.translates}` : '',
        entry.outdated ? '    outdated: true' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
  const body = entries
    .map(
      (entry) =>
        `### ${entry.title ?? 'A question'} {#${entry.id}}\n\n${entry.body ?? 'An answer.'}\n`,
    )
    .join('\n');
  return `---\nid: faq\nentries:\n${meta}\n---\n\n## Section {#section}\n\n${body}`;
}

export function extract(
  source: string,
  locale: Locale = 'zh-Hans',
  file = locale === 'en' ? 'en/faq.mdx' : 'zh/faq.mdx',
): Promise<Entry[]> {
  return extractEntries(source, file, locale);
}
