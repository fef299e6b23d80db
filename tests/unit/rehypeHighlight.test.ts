import type {Element, ElementContent, Root} from 'hast';
import type {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import rehypeHighlight from '../../src/plugins/code/rehypeHighlight';

const FILE = {path: 'docs/faq.mdx'} as VFile;

/** A page with an entry heading and one fenced block, as MDX compiles it. */
function pageWith(language: string, text: string): Root {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: language ? {className: [`language-${language}`]} : {},
    children: [{type: 'text', value: text}],
  };
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'h3',
        properties: {id: 'docker-hub-pull-rate-limit'},
        children: [{type: 'text', value: 'Docker Hub'}],
      },
      {type: 'element', tagName: 'pre', properties: {}, children: [code]},
    ],
  };
}

function codeOf(tree: Root): Element {
  const pre = tree.children[1] as Element;
  return pre.children[0] as Element;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') {
    return node.value;
  }
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

describe('build-time highlighting', () => {
  it('splits a known language into token spans and keeps the text', () => {
    const tree = pageWith('bash', 'kubectl get pods -n vela-system\n');
    rehypeHighlight()(tree, FILE);
    const code = codeOf(tree);
    expect(code.properties.dataHighlighted).toBe(true);
    expect(code.children.some((child) => child.type === 'element')).toBe(true);
    expect(code.children.map(textOf).join('')).toBe(
      'kubectl get pods -n vela-system\n',
    );
  });

  it('ends every block with its newline, so a one-line block stays a block', () => {
    for (const language of ['bash', 'yaml', 'text', '']) {
      const tree = pageWith(language, 'one line\n');
      rehypeHighlight()(tree, FILE);
      const last = codeOf(tree).children.at(-1);
      expect(last, language).toEqual({type: 'text', value: '\n'});
      expect(codeOf(tree).children.map(textOf).join('')).toBe('one line\n');
    }
  });

  it('shows logs and output as plain text', () => {
    const tree = pageWith('log', 'Error: x509: certificate expired\n');
    rehypeHighlight()(tree, FILE);
    const code = codeOf(tree);
    expect(code.properties.className).toEqual(['language-text']);
    expect(code.children.every((child) => child.type === 'text')).toBe(true);
  });

  it('fails on a language it has no grammar for, naming file and entry', () => {
    const tree = pageWith('cobol', 'DISPLAY "HI".\n');
    expect(() => rehypeHighlight()(tree, FILE)).toThrow(
      /docs\/faq\.mdx: entry "docker-hub-pull-rate-limit": code block language "cobol"/,
    );
  });
});
