/**
 * Text from GitHub (titles, labels, issue bodies) is untrusted: it is shown as
 * Markdown with no HTML, no images, and no link whose target is not http(s),
 * so a hover can never run a `command:` link or load a script, whatever the
 * client's Markdown renderer allows.
 */

const SAFE_URL = /^https?:\/\/[^\s<>"'`()\\]+$/i;
const RISKY_SCHEME = /\b(command|javascript|vbscript|data|file|vscode(?:-insiders)?)(\s*):/gi;

/** Shows `text` as written: Markdown syntax and HTML are escaped, on one line. */
export function escapeText(text: string): string {
  return neutraliseSchemes(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]()!|~#]/g, '\\$&'),
  );
}

/** A URL safe to link to, or undefined. */
export function safeUrl(url: string): string | undefined {
  return SAFE_URL.test(url) ? url : undefined;
}

/** `command:x` shows as text and matches no scheme (a backslash escape renders as the colon). */
function neutraliseSchemes(text: string): string {
  return text.replace(RISKY_SCHEME, '$1$2\\:');
}

/**
 * The first lines of an issue body as safe Markdown: HTML removed (script and
 * style blocks with their content), images reduced to their alt text, links
 * kept only to http(s) targets, headings shown as bold lines.
 */
export function bodyExcerpt(body: string, maxLines: number, maxChars: number): { text: string; cut: boolean } {
  let s = body.replace(/\r\n?/g, '\n');
  s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  s = s.replace(/<(script|style|iframe|object|embed|template|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  s = s.replace(/<br\s*\/?>/gi, '\n');
  // Autolinks: http(s) ones become bare URLs, others plain text.
  s = s.replace(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi, (_w, url: string) => url);
  s = s.replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, (_w, alt: string) => alt);
  s = s.replace(/!\[([^\]\n]*)\]\[[^\]\n]*\]/g, (_w, alt: string) => alt);
  s = s.replace(/\[([^\]\n]*)\]\(\s*<?([^\s)>]*)>?(?:\s+"[^"\n]*")?\s*\)/g, (_w, text: string, url: string) => (safeUrl(url) ? `[${text}](${url})` : text));
  s = s
    .split('\n')
    .filter((line) => {
      const def = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]*)>?/.exec(line);
      return !def || !!safeUrl(def[1]);
    })
    .join('\n');
  // Whatever tags are left go, then any `<` that could start one.
  s = s.replace(/<\/?[a-z][^<>]*>/gi, '').replace(/</g, '&lt;');
  s = neutraliseSchemes(s);
  s = s.replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, (_w, text: string) => (text ? `**${text}**` : ''));

  const lines = s.split('\n').map((l) => l.trimEnd());
  const kept: string[] = [];
  let chars = 0;
  let cut = false;
  for (const line of lines) {
    if (!line && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    const full = kept.filter((l) => l).length >= maxLines;
    if (full || chars + line.length > maxChars) {
      // A long line is cut rather than dropped, unless enough is shown already.
      if (!full && (kept.length === 0 || chars < maxChars / 2)) kept.push(cutAt(line, maxChars - chars));
      cut = true;
      break;
    }
    kept.push(line);
    chars += line.length + 1;
  }
  while (kept.length && !kept[kept.length - 1]) kept.pop();
  let text = kept.join('\n');
  const fences = kept.filter((l) => /^ {0,3}(```|~~~)/.test(l));
  if (fences.length % 2 === 1) text += '\n' + fences[fences.length - 1].trim().slice(0, 3);
  return { text, cut };
}

/** Cuts a line to `n` characters without splitting a surrogate pair. */
function cutAt(line: string, n: number): string {
  let s = line.slice(0, Math.max(0, n));
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  return s;
}
