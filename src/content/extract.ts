import {createHash} from 'node:crypto';
import {
  DEFAULT_PARSE_FRONT_MATTER,
  escapeMarkdownHeadingIds,
  parseMarkdownHeadingId,
} from '@docusaurus/utils';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {ContentError} from './errors';
import type {Card, Entry, Locale} from './types';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  lang?: string | null;
  children?: Node[];
  attributes?: Node[];
  position?: {start: {line: number; offset?: number}};
  data?: {estree?: unknown};
}

interface EntryMeta {
  summary?: unknown;
  signatures?: unknown;
  aliases?: unknown;
  translates?: unknown;
  outdated?: unknown;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') {
    return String(node.value);
  }
  return (node.children ?? []).map(textOf).join('');
}

function stringsInEstree(tree: unknown, out: string[]): void {
  if (Array.isArray(tree)) {
    tree.forEach((item) => stringsInEstree(item, out));
  } else if (tree && typeof tree === 'object') {
    const node = tree as {type?: string; value?: unknown};
    if (node.type === 'Literal' && typeof node.value === 'string') {
      out.push(node.value);
    }
    Object.values(tree).forEach((child) => stringsInEstree(child, out));
  }
}

function attribute(node: Node, name: string): Node | undefined {
  return node.attributes?.find((attr) => attr.name === name);
}

function stringAttribute(node: Node, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Prose and table text of an entry: what a reader reads, without code. */
function collectText(node: Node, prose: string[], code: string[]): void {
  if (node.type === 'code') {
    code.push(String(node.value));
    return;
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    prose.push(String(node.value));
  }
  for (const attr of node.attributes ?? []) {
    if (typeof attr.value === 'string') {
      prose.push(attr.value);
    } else if (attr.value && typeof attr.value === 'object') {
      stringsInEstree((attr.value as Node).data?.estree, prose);
    }
  }
  (node.children ?? []).forEach((child) => collectText(child, prose, code));
}

function findCard(
  nodes: Node[],
  fail: (problem: string, fix: string) => never,
): Card | undefined {
  const element = nodes.find(
    (node) =>
      node.type === 'mdxJsxFlowElement' && node.name === 'TroubleshootingCard',
  );
  if (!element) {
    return undefined;
  }
  const signature = stringAttribute(element, 'signature')?.trim();
  if (!signature) {
    fail(
      'its TroubleshootingCard has no signature',
      'Add signature="…" with the error line a reader would paste',
    );
  }
  const parts = (element.children ?? [])
    .filter((child) => child.type === 'mdxJsxFlowElement')
    .map((child) => child.name ?? '');
  return {signature, appliesTo: stringAttribute(element, 'appliesTo'), parts};
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  return (Array.isArray(value) ? value : [value]).map(String);
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

interface Draft {
  id: string;
  title: string;
  line: number;
  start: number;
  section: {id: string; title: string};
  nodes: Node[];
}

function splitEntries(tree: Node, file: string): Draft[] {
  const drafts: Draft[] = [];
  let section = {id: '', title: ''};
  for (const node of tree.children ?? []) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const {text, id} = parseMarkdownHeadingId(textOf(node).trim());
      const title = text.replace(/\\$/, '').trim();
      if (!id) {
        throw new ContentError(
          file,
          title,
          'its heading has no explicit id',
          'Add {#an-ascii-id} at the end of the heading, the same in every locale',
        );
      }
      if (node.depth === 2) {
        section = {id, title};
        continue;
      }
      drafts.push({
        id,
        title,
        section,
        line: node.position?.start.line ?? 0,
        start: node.position?.start.offset ?? 0,
        nodes: [],
      });
    } else {
      drafts.at(-1)?.nodes.push(node);
    }
  }
  return drafts;
}

/** Reads one locale's FAQ page into its entries; a mistake throws a ContentError. */
export async function extractEntries(
  source: string,
  file: string,
  locale: Locale,
): Promise<Entry[]> {
  const {frontMatter, content} = await DEFAULT_PARSE_FRONT_MATTER({
    fileContent: source,
    filePath: file,
  });
  const escaped = escapeMarkdownHeadingIds(content);
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .parse(escaped) as Node;
  const metas = (frontMatter.entries ?? {}) as Record<string, EntryMeta>;
  const drafts = splitEntries(tree, file);
  const seen = new Set<string>();

  const entries = drafts.map((draft, index) => {
    const fail = (problem: string, fix: string): never => {
      throw new ContentError(file, draft.id, problem, fix);
    };
    if (!ID_PATTERN.test(draft.id)) {
      fail(
        'its id is malformed',
        'Use lower-case ASCII letters, digits and single hyphens',
      );
    }
    if (seen.has(draft.id)) {
      fail('its id is used twice', 'Give each entry heading its own id');
    }
    seen.add(draft.id);

    const meta = metas[draft.id] ?? {};
    const summary = typeof meta.summary === 'string' ? meta.summary.trim() : '';
    if (!summary) {
      fail(
        'it has no summary',
        `Add entries.${draft.id}.summary (one line: the fix) to the front matter`,
      );
    }
    const card = findCard(draft.nodes, fail);
    const prose: string[] = [];
    const code: string[] = [];
    draft.nodes.forEach((node) => collectText(node, prose, code));
    const end = drafts[index + 1]?.start ?? escaped.length;
    const raw = escaped.slice(draft.start, end).trim();

    const entry: Entry = {
      id: draft.id,
      locale,
      file,
      line: draft.line,
      section: draft.section,
      title: draft.title,
      summary,
      signatures: [
        ...new Set([
          ...(card ? [card.signature] : []),
          ...stringList(meta.signatures),
        ]),
      ],
      aliases: stringList(meta.aliases),
      text: prose.join(' ').replace(/\s+/g, ' ').trim(),
      code,
      card,
      hash: hashOf(`${raw}\n${summary}`),
    };
    if (meta.translates !== undefined || meta.outdated !== undefined) {
      entry.translation = {
        source:
          meta.translates === undefined ? undefined : String(meta.translates),
        outdated: meta.outdated === true,
      };
    }
    return entry;
  });

  const unknown = Object.keys(metas).find((id) => !seen.has(id));
  if (unknown) {
    throw new ContentError(
      file,
      unknown,
      'the front matter describes an entry that the page does not have',
      'Remove it from entries, or add a heading with this id',
    );
  }
  return entries;
}
