// The extension manifest (package.json) against the interface contract:
// activation, commands in the palette, and every setting with its type,
// default and description.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTRIBUTED_COMMANDS, SERVER_COMMANDS } from '../../server/src/protocol';

interface SettingSchema {
  type: string | string[];
  default: unknown;
  description?: string;
  markdownDescription?: string;
  additionalProperties?: { enum?: string[] };
}

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
  activationEvents: string[];
  icon: string;
  categories: string[];
  repository: { url: string };
  contributes: { commands: { command: string; title: string; category: string }[]; configuration: { properties: Record<string, SettingSchema> } };
};

describe('extension manifest', () => {
  test('activates on Markdown, on a workspace holding project_ideas.md, a GSoC list or a proposal document, and on a proposal issue opened as a document', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'workspaceContains:**/project_ideas.md', 'workspaceContains:**/summerofcode/*.md', 'workspaceContains:**/*.proposal.md', 'onFileSystem:mentorship-proposal']);
  });

  test('every command has a title and the category "CNCF Mentorship Ideas"', () => {
    const ids = manifest.contributes.commands.map((c) => c.command);
    for (const id of ['mentorshipIdeas.restartServer', 'mentorshipIdeas.showOutput']) assert.ok(ids.includes(id), `${id} is not contributed`);
    for (const c of manifest.contributes.commands) {
      assert.match(c.command, /^mentorshipIdeas\.[a-z][A-Za-z]+$/);
      assert.ok(c.title.length > 0, `${c.command} has no title`);
      assert.equal(c.category, 'CNCF Mentorship Ideas', `${c.command} category`);
    }
  });

  test('contributes exactly the commands of the protocol module, the server\'s among them', () => {
    const ids = manifest.contributes.commands.map((c) => c.command);
    assert.deepEqual([...ids].sort(), [...CONTRIBUTED_COMMANDS].sort());
    for (const id of SERVER_COMMANDS) assert.ok(ids.includes(id), `${id} is not contributed`);
  });

  test('contributes the settings of the interface with their types and defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    const expected: Record<string, [string, unknown]> = {
      'mentorshipIdeas.files': ['array,object', ['**/project_ideas.md', '**/lfx-mentorship/**/README.md', '**/summerofcode/*.md', '**/*.proposal.md']],
      'mentorshipIdeas.rules': ['object', {}],
      'mentorshipIdeas.term': ['string', ''],
      'mentorshipIdeas.github.apiUrl': ['string', 'https://api.github.com'],
      'mentorshipIdeas.github.checkUpstreamIssues': ['boolean', false],
      'mentorshipIdeas.github.proposalRepository': ['string', 'cncf/mentoring'],
      'mentorshipIdeas.github.checkOpenProposals': ['boolean', false],
      'mentorshipIdeas.outline.showFields': ['boolean', false],
    };
    for (const [key, [type, value]] of Object.entries(expected)) {
      const schema = properties[key];
      assert.ok(schema, `${key} is not contributed`);
      assert.equal(String(schema.type), type, `${key} type`);
      assert.deepEqual(schema.default, value, `${key} default`);
      assert.ok((schema.markdownDescription ?? schema.description ?? '').length > 20, `${key} has no description`);
    }
    for (const key of Object.keys(properties)) assert.match(key, /^mentorshipIdeas\./);
  });

  test('rule severities are limited to error, warning, info, hint and off', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['mentorshipIdeas.rules'].additionalProperties?.enum, ['error', 'warning', 'info', 'hint', 'off']);
  });

  test('carries what the Marketplace and Open VSX show', () => {
    assert.equal(manifest.icon, 'images/icon.png');
    assert.ok(manifest.categories.length > 0);
    assert.equal(manifest.repository.url, 'https://github.com/mentorship-ideas/mentorship-ideas');
  });
});
