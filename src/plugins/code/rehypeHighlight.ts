import type {Element, ElementContent, Root} from 'hast';
import {refractor} from 'refractor/core';
import bash from 'refractor/bash';
import json from 'refractor/json';
import yaml from 'refractor/yaml';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';

refractor.register(bash);
refractor.register(json);
refractor.register(yaml);

/** Languages shown as they are: logs and command output. */
const PLAIN = new Set(['', 'text', 'txt', 'log', 'plaintext']);

/** Which language a fenced block declares in its `language-*` class. */
function languageOf(code: Element): string {
  const classes = code.properties.className;
  const names = Array.isArray(classes) ? classes.map(String) : [];
  const declared = names.find((name) => name.startsWith('language-'));
  return declared?.slice('language-'.length) ?? '';
}

function textOf(code: Element): string {
  return code.children
    .map((child) => (child.type === 'text' ? child.value : ''))
    .join('');
}

function unknownLanguage(file: VFile, entry: string, language: string) {
  const where = entry ? `entry "${entry}"` : 'before the first entry';
  return new Error(
    `${file.path}: ${where}: code block language "${language}" has no ` +
      `grammar. Use one of ${[...PLAIN, ...refractor.listLanguages()]
        .filter(Boolean)
        .join(', ')}, or register it in src/plugins/code/rehypeHighlight.ts.`,
  );
}

/**
 * Highlights fenced code blocks while the page is compiled, so readers'
 * browsers never load a highlighter. Each block's `<code>` gets Prism token
 * spans (coloured by the CSS the code plugin writes from the Prism themes) and
 * a `data-highlighted` mark that tells the CodeBlock component to show the
 * spans as they are. Magic comments are not interpreted.
 */
export default function rehypeHighlight() {
  return (tree: Root, file: VFile): void => {
    let entry = '';
    visit(tree, 'element', (node, _index, parent) => {
      if (/^h[1-6]$/.test(node.tagName) && node.properties.id) {
        entry = String(node.properties.id);
      }
      if (node.tagName !== 'code' || parent?.type !== 'element') {
        return;
      }
      if (parent.tagName !== 'pre') {
        return;
      }
      const language = languageOf(node);
      // The newline that ends the block stays where MDX put it: it is how
      // the theme tells a one-line block from inline code.
      const text = textOf(node).replace(/\n$/, '');
      const newline: ElementContent = {type: 'text', value: '\n'};
      if (PLAIN.has(language)) {
        node.properties.className = ['language-text'];
        node.children = [{type: 'text', value: text}, newline];
      } else if (refractor.registered(language)) {
        node.children = [
          ...(refractor.highlight(text, language).children as ElementContent[]),
          newline,
        ];
      } else {
        throw unknownLanguage(file, entry, language);
      }
      node.properties.dataHighlighted = true;
    });
  };
}
