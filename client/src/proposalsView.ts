import { commands, Disposable, env, EventEmitter, MarkdownString, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, window, workspace, type TreeDataProvider, type TreeView, type Uri } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LIST_PROPOSALS_REQUEST, type ListedProposal, type ListProposalsResult } from '../../server/src/github/protocol';
import { openProposalIssue } from './proposalFileSystem';

export const PROPOSALS_VIEW = 'mentorshipIdeas.proposals';
const REFRESH = 'mentorshipIdeas.refreshProposals';
const OPEN_ON_GITHUB = 'mentorshipIdeas.openProposalOnGitHub';
const OPEN_IN_EDITOR = 'mentorshipIdeas.openProposalInEditor';
const OPEN_ISSUE = 'mentorshipIdeas.openProposalIssue';

type Project = ListProposalsResult['projects'][number];
type Node = { kind: 'project'; project: Project } | { kind: 'proposal'; proposal: ListedProposal; project: Project } | { kind: 'message'; text: string };

const VERDICTS: [string, ThemeIcon][] = [
  ['Validation Failed', new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground'))],
  ['Over Quota', new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground'))],
  ['Validation Passed', new ThemeIcon('pass', new ThemeColor('testing.iconPassed'))],
  ['Needs Validation', new ThemeIcon('clock')],
];

/** The proposal's short title: the form's `[CNCF LFX Proposal] <project> ` prefix left out. */
function shortTitle(p: ListedProposal, project: string): string {
  const title = p.title.replace(/^\[CNCF LFX Proposal\]\s*/, '');
  return title.startsWith(project + ' ') ? title.slice(project.length + 1) : title;
}

/**
 * "Mentorship Proposals" (Explorer): the open proposals of the term on
 * GitHub, as CNCF's workflow lists them, per CNCF project with its count
 * against the quota; each with its validation label, author and upstream
 * issue, a shared upstream marked; the viewer's first. Refresh asks GitHub
 * again (an unchanged list costs nothing: ETags); a proposal opens on GitHub
 * or as an editable document.
 */
export class ProposalsView implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private view: TreeView<Node> | undefined;
  private repository = '';

  constructor(private readonly client: BaseLanguageClient) {}

  static register(client: BaseLanguageClient): Disposable {
    const provider = new ProposalsView(client);
    const view = window.createTreeView(PROPOSALS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
    provider.view = view;
    return Disposable.from(
      view,
      provider.changed,
      commands.registerCommand(REFRESH, () => provider.changed.fire(undefined)),
      commands.registerCommand(OPEN_ON_GITHUB, (node?: Node) => {
        if (node?.kind === 'proposal') void env.openExternal(node.proposal.url as unknown as Uri);
      }),
      commands.registerCommand(OPEN_IN_EDITOR, (node?: Node) => (node?.kind === 'proposal' ? openProposalIssue(provider.repository, String(node.proposal.number)) : undefined)),
      commands.registerCommand(OPEN_ISSUE, () => openProposalIssue(provider.repository || workspace.getConfiguration('mentorshipIdeas').get<string>('github.proposalRepository', 'cncf/mentoring'))),
      workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mentorshipIdeas.github') || e.affectsConfiguration('mentorshipIdeas.term')) provider.changed.fire(undefined);
      }),
    );
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'project') return node.project.proposals.map((proposal) => ({ kind: 'proposal', proposal, project: node.project }));
    if (node) return [];
    let result: ListProposalsResult;
    try {
      await this.client.start();
      result = (await this.client.sendRequest(LIST_PROPOSALS_REQUEST, {})) as ListProposalsResult;
    } catch (e) {
      return [{ kind: 'message', text: `The proposals could not be listed: ${e instanceof Error ? e.message : String(e)}` }];
    }
    this.repository = result.repository;
    if (this.view) this.view.description = result.term ? `${result.term} · ${result.repository}` : result.repository;
    if (result.error) return [{ kind: 'message', text: result.error }];
    if (result.projects.length === 0) return [{ kind: 'message', text: `No open proposals for ${result.term || 'the term'} in ${result.repository}.` }];
    return result.projects.map((project) => ({ kind: 'project', project }));
  }

  getTreeItem(node: Node): TreeItem {
    if (node.kind === 'message') {
      const item = new TreeItem(node.text, TreeItemCollapsibleState.None);
      item.iconPath = new ThemeIcon('info');
      item.tooltip = node.text;
      return item;
    }
    if (node.kind === 'project') {
      const { project, open, quota } = node.project;
      const over = open > quota;
      const item = new TreeItem(project, TreeItemCollapsibleState.Expanded);
      item.description = `${open} of ${quota}${over ? ' · over quota' : ''}`;
      item.iconPath = over ? new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')) : new ThemeIcon('organization');
      item.tooltip = `${project}: ${open} open proposal${open === 1 ? '' : 's'} this term; quota ${quota} (quotas.yml)${over ? ': over quota' : ''}`;
      item.contextValue = 'project';
      item.id = `project:${project}`;
      return item;
    }
    const { proposal, project } = node;
    const verdict = VERDICTS.find(([label]) => proposal.labels.includes(label));
    const item = new TreeItem(`#${proposal.number} ${shortTitle(proposal, project.project)}`, TreeItemCollapsibleState.None);
    const parts = [proposal.mine ? 'yours' : '', verdict?.[0] ?? 'not validated', `@${proposal.author}`, proposal.duplicates.length ? `same upstream as ${proposal.duplicates.map((n) => '#' + n).join(', ')}` : ''];
    item.description = parts.filter(Boolean).join(' · ');
    item.iconPath = proposal.duplicates.length ? new ThemeIcon('copy', new ThemeColor('problemsWarningIcon.foreground')) : verdict?.[1] ?? new ThemeIcon('issues');
    const tooltip = new MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${proposal.title.replace(/[\\`*_[\]]/g, '\\$&')}** (#${proposal.number}) by @${proposal.author}\n\n`);
    tooltip.appendMarkdown(`Labels: ${proposal.labels.join(', ') || 'none'}\n\n`);
    if (proposal.upstream) tooltip.appendMarkdown(`Upstream issue: ${proposal.upstream}\n\n`);
    if (proposal.duplicates.length) tooltip.appendMarkdown(`$(warning) The same upstream issue as ${proposal.duplicates.map((n) => '#' + n).join(', ')} (compared as CNCF's workflow does)\n\n`);
    item.tooltip = tooltip;
    item.contextValue = 'proposal';
    item.id = `proposal:${proposal.number}`;
    item.command = { command: OPEN_IN_EDITOR, title: 'Open in Editor', arguments: [node] };
    return item;
  }
}
