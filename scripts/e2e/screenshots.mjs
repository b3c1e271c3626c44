// Drives the workbench of a code-server that has the packaged extension
// installed, as a person would (keyboard and mouse in headless Chromium):
// checks that the extension works on the fixture's ideas file and saves
// the README's screenshots of each feature to docs/images/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_NAME } from './fixtureWorkspace.mjs';

const WAIT_MS = 60_000;

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The fixture's ideas file, as Quick Open finds it (the workspace has another project_ideas.md). */
const IDEAS_FILE_QUERY = '01-Mar-May/project_ideas.md';

/** Opens a file through Quick Open: `query` typed, the row showing `name` chosen. */
async function openFile(page, name, expectedText, query = name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(query);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-lines', { hasText: expectedText }).waitFor({ state: 'visible' });
}

/** Puts the cursor on a line of the active editor (1-based) through "Go to Line". */
async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * `check(title, body)` records each step as a test; a failed step leaves a
 * screenshot in `failureDir`; `workspaceDir` is the opened workspace, whose
 * settings a step may change. The steps run in order on one page and stop at
 * the first failure, since each needs the state the one before left.
 */
export async function takeScreenshots(page, { check, imagesDir, failureDir, workspaceDir }) {
  mkdirSync(imagesDir, { recursive: true });
  page.setDefaultTimeout(WAIT_MS);
  const shot = (name) => page.screenshot({ path: join(imagesDir, name) });
  const steps = [
    [
      'the workbench opens the fixture workspace',
      async () => {
        await page.locator('#workbench\\.parts\\.statusbar').waitFor({ state: 'visible' });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'programs' }).waitFor({ state: 'visible' });
        // The secondary side bar (chat) opens on some starts and not on others; the palette offers "Hide" only while it shows.
        const secondary = page.locator('#workbench\\.parts\\.auxiliarybar');
        if (await secondary.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) await runCommand(page, 'View: Hide Secondary Side Bar');
      },
    ],
    [
      'the installed extension activates on an ideas file: status bar shows its ideas and problems',
      async () => {
        await openFile(page, 'project_ideas.md', 'Trace comparison view', IDEAS_FILE_QUERY);
        const status = page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /3 ideas · \d+ problems? · / });
        await status.waitFor({ state: 'visible' });
      },
    ],
    [
      'problems are squiggled and listed in the Problems panel (docs/images/problems.png)',
      async () => {
        await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'attached' });
        await runCommand(page, 'View: Focus Problems');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-field' }).first().waitFor({ state: 'visible' });
        // Line 32 centred shows the entry with the missing field (22) and the mentor problems (40-42).
        await goToLine(page, 32);
        await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'visible' });
        await shot('problems.png');
      },
    ],
    [
      'the Outline view of a term README: our tree, named, projects > sub-projects > ideas; hiding the Markdown one (docs/images/outline.png)',
      async () => {
        await runCommand(page, 'View: Toggle Panel Visibility');
        await openFile(page, 'README.md', 'Term 02 - 2026 June - August', '02-Jun-Aug/README.md');
        await runCommand(page, 'Explorer: Focus on Outline View');
        // Fold the file tree so the outline gets the height of the side bar.
        await page.locator('.pane-header[aria-expanded="true"]', { hasText: WORKSPACE_NAME }).click();
        const row = (level, label) => page.locator(`.outline-pane .monaco-list-row[aria-level="${level}"][aria-label="${label}"]`);
        // Two outlines for one file: ours under its own name, beside the Markdown extension's headings (string symbols).
        await page.locator('.outline-pane .monaco-list-row[aria-level="1"]', { hasText: 'CNCF Mentorship Ideas' }).waitFor({ state: 'visible' });
        const markdownRows = page.locator('.outline-pane .monaco-list-row[aria-label$="(string)"]');
        await markdownRows.first().waitFor({ state: 'visible' });
        await row(2, 'Kubernetes (module)').waitFor({ state: 'visible' });
        await row(3, 'Headlamp (namespace)').waitFor({ state: 'visible' });
        await row(4, '3 mentors · Add a batch queue view to Headlamp: queues, workloads and quotas (class)').waitFor({ state: 'visible' });
        // The README's advice: these two settings hide the Markdown extension's headings (its group's name stays, empty), and leave ours.
        const settingsFile = join(workspaceDir, '.vscode', 'settings.json');
        const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
        settings['[markdown]'] = { 'outline.showStrings': false, 'breadcrumbs.showStrings': false };
        writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n');
        await page.waitForFunction(() => document.querySelectorAll('.outline-pane .monaco-list-row[aria-label$="(string)"]').length === 0);
        await row(3, 'Headlamp (namespace)').waitFor({ state: 'visible' });
        await shot('outline.png');
        // Back to the ideas file's tab; its editor keeps the scroll position of the problems step (line 32 centred).
        await page.locator('.tabs-container .tab', { hasText: 'project_ideas.md' }).click();
        await page.locator('.editor-instance .view-lines', { hasText: 'Rule linter for the plugin registry' }).waitFor({ state: 'visible' });
      },
    ],
    [
      'hovering an upstream issue URL shows its GitHub title (docs/images/hover.png)',
      async () => {
        await hoverUpstreamIssue(page);
        await shot('hover.png');
      },
    ],
    [
      'completion offers CNCF projects in a project heading (docs/images/completion.png)',
      async () => {
        // A new project heading on the empty line between Jaeger's last idea and Falco.
        await page.keyboard.press('Escape');
        await goToLine(page, 31);
        await page.keyboard.type('\n### Kube');
        await page.keyboard.press('Control+Space');
        await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Kubernetes' }).first().waitFor({ state: 'visible' });
        await shot('completion.png');
      },
    ],
    [
      'the quick-fix menu offers "Fix all <rule> problems" and "Disable <rule> for this line" beside the fix (docs/images/quickfix.png)',
      async () => {
        await page.keyboard.press('Escape');
        // Without the Recommended Skills of "Trace comparison view" (line 16), two ideas miss a field.
        await goToLine(page, 16);
        // Delete Line (the palette's "Delete Line" ranks "Delete Duplicate Lines" first).
        await page.keyboard.press('Control+Shift+K');
        await page.locator('.editor-instance .view-line', { hasText: '- Recommended Skills: TypeScript, React, tracing' }).waitFor({ state: 'detached' });
        await goToLine(page, 21);
        await page.locator('.editor-instance .view-line', { hasText: '#### Sampling strategies dashboard' }).waitFor({ state: 'visible' });
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget');
        for (const title of ['Insert "- Expected Outcome:"', 'Fix all missing-field problems in this file', 'Disable missing-field for this line']) {
          await menu.locator('.monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
        }
        await shot('quickfix.png');
        await page.keyboard.press('Escape');
      },
    ],
    [
      'a GSoC idea list: the status bar names it, its outline and GSoC problems (docs/images/gsoc.png)',
      async () => {
        await page.keyboard.press('Escape');
        await openFile(page, '2026.md', 'Trace sampling simulator');
        await page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /GSoC idea list · 2 ideas · 3 problems · / }).waitFor({ state: 'visible' });
        await page.locator('.outline-pane .monaco-list-row[aria-level="3"][aria-label="1 mentor · Rule coverage report (class)"]').waitFor({ state: 'visible' });
        // The Falco idea without a size and with one mentor, centred.
        await goToLine(page, 40);
        await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'visible' });
        await shot('gsoc.png');
      },
    ],
    [
      "an LFX proposal document: CNCF's checks on its fields, and a mentor of the workspace completed in the form's shape (docs/images/proposal.png)",
      async () => {
        await openFile(page, 'trace-replay.proposal.md', 'Trace replay for storage backends');
        await page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /LFX proposal · 1 idea · 1 problem · / }).waitFor({ state: 'visible' });
        // Bram Okafor's line (38) has no LFID: mentor-lfid squiggles it.
        await goToLine(page, 38);
        await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'visible' });
        // A third mentor, one of the GSoC list's, offered as `Name | @handle | email | LFID`.
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Ga');
        await page.keyboard.press('Control+Space');
        await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Gale Marsh' }).first().waitFor({ state: 'visible' });
        await shot('proposal.png');
      },
    ],
    [
      "the Mentorship Proposals view lists the term's open proposals per project against the quota (docs/images/proposals-view.png)",
      async () => {
        await page.keyboard.press('Escape');
        await runCommand(page, 'Explorer: Focus on Mentorship Proposals View');
        // The Outline folded, the side bar wider: room for the view's rows.
        await page.locator('.pane-header[aria-expanded="true"]', { hasText: 'Outline' }).click();
        const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
        if (sidebar) {
          // Drag the side bar's edge to the right.
          await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
          await page.mouse.down();
          await page.mouse.move(sidebar.x + sidebar.width + 200, sidebar.y + sidebar.height / 2, { steps: 10 });
          await page.mouse.up();
        }
        const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Mentorship Proposals' }) });
        await view.locator('.monaco-list-row', { hasText: 'Jaeger' }).filter({ hasText: '5 of 4 · over quota' }).waitFor({ state: 'visible' });
        await view.locator('.monaco-list-row', { hasText: '#103 Span search by attribute' }).filter({ hasText: 'same upstream as #101' }).waitFor({ state: 'visible' });
        await view.locator('.monaco-list-row', { hasText: '#106 Rule linter for the plugin registry' }).waitFor({ state: 'visible' });
        await shot('proposals-view.png');
      },
    ],
    [
      "a proposal issue opens from the view as an editable document, with CNCF's latest verdict (docs/images/proposal-document.png)",
      async () => {
        const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Mentorship Proposals' }) });
        await view.locator('.monaco-list-row', { hasText: '#102 Sampling strategies dashboard' }).click();
        await page.locator('.tab', { hasText: '102.proposal.md' }).waitFor({ state: 'visible' });
        await page.locator('.editor-instance .view-lines', { hasText: '### CNCF Project' }).waitFor({ state: 'visible' });
        await runCommand(page, 'View: Focus Problems');
        // The bot's error in the Problems panel; clicking it shows the Mentors section it is about.
        const error = page.locator('.markers-panel .monaco-list-row', { hasText: 'LFID (LF Username) is missing' }).first();
        await error.click();
        await page.locator('.editor-instance .view-lines', { hasText: 'Dario Lind' }).waitFor({ state: 'visible' });
        await page.locator('.editor-instance .squiggly-info').first().waitFor({ state: 'visible' });
        await shot('proposal-document.png');
      },
    ],
  ];
  await runSteps(page, steps, { check, failureDir });
}

/** Moves the mouse over the upstream issue URL of the first idea (line 18) and waits for its GitHub hover. */
async function hoverUpstreamIssue(page) {
  await goToLine(page, 18);
  const url = page.locator('.editor-instance .view-line span', { hasText: 'jaeger-ui/issues/4242' }).last();
  const box = await url.boundingBox();
  if (!box) throw new Error('the upstream URL is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.monaco-hover-content', { hasText: 'Compare two traces side by side' }).first().waitFor({ state: 'visible' });
  await page.waitForTimeout(500); // the hover fades in
}

/**
 * The installed extension in the browser's web worker extension host: the
 * same checks on the fixture, the server's own word on where it runs, and
 * docs/images/web.png.
 */
export async function takeWebScreenshot(page, { check, imagesDir, failureDir }) {
  mkdirSync(imagesDir, { recursive: true });
  page.setDefaultTimeout(WAIT_MS);
  const steps = [
    [
      'web: the workbench opens the fixture workspace',
      async () => {
        await page.locator('#workbench\\.parts\\.statusbar').waitFor({ state: 'visible' });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'programs' }).waitFor({ state: 'visible' });
      },
    ],
    [
      'web: the web extension activates on an ideas file: status bar shows its ideas and problems',
      async () => {
        await openFile(page, 'project_ideas.md', 'Trace comparison view', IDEAS_FILE_QUERY);
        await page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /3 ideas · \d+ problems? · / }).waitFor({ state: 'visible' });
      },
    ],
    [
      'web: its output says the language server runs in the extension host\'s worker',
      async () => {
        await runCommand(page, 'CNCF Mentorship Ideas: Show Output');
        await page.locator('.output-view .view-lines', { hasText: "runs in the extension host's worker" }).waitFor({ state: 'visible' });
      },
    ],
    [
      'web: problems listed and an upstream issue hovered from GitHub (docs/images/web.png)',
      async () => {
        await runCommand(page, 'View: Focus Problems');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-field' }).first().waitFor({ state: 'visible' });
        // upstream-closed: what the fake GitHub said of the Falco issue, fetched from the browser.
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'upstream-closed' }).first().waitFor({ state: 'visible' });
        await hoverUpstreamIssue(page);
        await page.screenshot({ path: join(imagesDir, 'web.png') });
      },
    ],
  ];
  await runSteps(page, steps, { check, failureDir });
}

async function runSteps(page, steps, { check, failureDir }) {
  let failed = false;
  for (const [title, body] of steps) {
    if (failed) {
      await check(`${title} (not run: an earlier step failed)`, () => Promise.reject(new Error('skipped after a failure')));
      continue;
    }
    await check(title, async () => {
      try {
        await body();
      } catch (e) {
        failed = true;
        await page.screenshot({ path: join(failureDir, 'failed-step.png') }).catch(() => undefined);
        throw e;
      }
    });
  }
}
