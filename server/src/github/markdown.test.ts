import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyExcerpt, escapeText } from './markdown';

test('escapeText shows Markdown and HTML as written, on one line', () => {
  assert.equal(escapeText('Fix *all* the <b>things</b>\n[x](command:y)'), 'Fix \\*all\\* the &lt;b&gt;things&lt;/b&gt; \\[x\\]\\(command\\:y\\)');
});

test('bodyExcerpt keeps http(s) links and text, drops HTML, images and other link targets', () => {
  const { text } = bodyExcerpt(
    [
      '## Goal',
      'See [docs](https://example.org/d) and ![shot](https://example.org/i.png).',
      '<script>steal()</script><iframe src="https://x"></iframe>',
      '[x](javascript:alert(1)) [y](command:z) <vscode:open> <https://example.org/auto>',
      '[ok]: https://example.org/ref',
      '[bad]: command:evil',
    ].join('\n'),
    20,
    2000,
  );
  assert.equal(text, ['**Goal**', 'See [docs](https://example.org/d) and shot.', '', 'x) y vscode\\:open https://example.org/auto', '[ok]: https://example.org/ref'].join('\n'));
});

test('bodyExcerpt cuts to the first lines and closes a fence it cut open', () => {
  const cut = bodyExcerpt('one\n\n\ntwo\n```\ncode\nmore code\nstill code', 4, 1000);
  assert.equal(cut.text, 'one\n\ntwo\n```\ncode\n```');
  assert.equal(cut.cut, true);
  const long = bodyExcerpt('x'.repeat(5000), 8, 100);
  assert.equal(long.text, 'x'.repeat(100));
  assert.equal(long.cut, true);
  assert.deepEqual(bodyExcerpt('short', 8, 100), { text: 'short', cut: false });
});
