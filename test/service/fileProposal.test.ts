// The fileProposalIssue command in-process, on the language service over an in-memory workspace.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileProposal } from '../../server/src/service/commands/fileProposal';
import { defaultSettings } from '../../server/src/settings';
import { ideaEntry } from '../support/entries';
import { MemoryWorkspace, RecordingEditor } from '../support/memoryHost';

const PATH = 'programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md';
const IDEAS = `## Proposed Project ideas\n\n### Jaeger\n\n${ideaEntry('Trace comparison', 'https://github.com/jaegertracing/jaeger-ui/issues/4242')}`;
const LFIDS = { 'jo-doe': 'jodoe', 'al-bee': 'albee' };

describe('fileProposalIssue (service)', () => {
  test('a proposalRepository that is not OWNER/NAME: a failed outcome saying so, and nothing asked of GitHub', async () => {
    let asked = 0;
    const settings = defaultSettings();
    const fetch = async (): Promise<Response> => {
      asked++;
      throw new Error('no network in tests');
    };
    const ws = new MemoryWorkspace({}, { settings: { ...settings, github: { ...settings.github, proposalRepository: 'cncf' } }, fetch });
    ws.open(PATH, IDEAS);
    const result = await fileProposal([ws.uri(PATH), 4, { file: true, lfids: LFIDS }], ws.service, new RecordingEditor());
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.outcome, { status: 'failed', message: 'Not filed: the setting mentorshipIdeas.github.proposalRepository "cncf" is not OWNER/NAME.' });
    assert.equal(asked, 0);
  });
});
