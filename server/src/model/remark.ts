import type { Root } from 'mdast';

type Parse = (text: string) => Root;

/** Only the block structure: the inline constructs, most of micromark's work on a paragraph, are off. */
const INLINE_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'hardBreakTrailing', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];

let blocks: Parse | undefined;
let full: Parse | undefined;

/**
 * remark-parse is loaded on first use: the line scan reads the blocks of
 * nearly every section, and loading remark and micromark would cost every
 * start of the server and the CLI.
 */
function processor(blockOnly: boolean): Parse {
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const p = unified().use(remarkParse);
  if (blockOnly) p.data('micromarkExtensions', [{ disable: { null: INLINE_CONSTRUCTS } }]);
  return (text) => p.parse(text) as Root;
}

/** The mdast tree of `text` without its inline content (paragraphs hold no children worth reading). */
export function parseBlocks(text: string): Root {
  return (blocks ??= processor(true))(text);
}

/** The full mdast tree of `text`. */
export function parseMarkdown(text: string): Root {
  return (full ??= processor(false))(text);
}
