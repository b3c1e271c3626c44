import { FORM_TITLE, parseTermOption } from '../../proposal/form';
import { MAX_URL_LENGTH, proposalUrl } from '../../proposal/proposal';
import type { Proposal, ProposalFields } from '../../protocol';
import type { IdeasDocument } from '../../model/types';

export interface DocumentProposalOptions {
  /** A term chosen by the user, which replaces the document's. */
  termChoice?: string;
  termOptions?: readonly string[];
}

/**
 * The proposal of a proposal document, for `propose`: the form's values are
 * the document's own, as CNCF will read them, and the issue body is the
 * document itself (its term replaced when the user chose another).
 */
export function documentProposal(doc: IdeasDocument, text: string, options: DocumentProposalOptions = {}): Proposal | undefined {
  const body = doc.proposal;
  if (!body) return undefined;
  const idea = doc.projects[0]?.ideas[0] ?? doc.orphanIdeas[0];
  const chosen = options.termChoice ? parseTermOption(options.termChoice, options.termOptions) : undefined;
  const termSection = body.section('Term');
  let issueBody = text;
  if (chosen && termSection) {
    const lines = text.split(/(?<=\n)/);
    const at = termSection.valueRange ?? termSection.headingRange;
    if (termSection.valueRange && at.start.line === at.end.line) {
      const line = lines[at.start.line];
      lines[at.start.line] = line.slice(0, at.start.character) + chosen + line.slice(at.end.character);
      issueBody = lines.join('');
    }
  }
  const fields: ProposalFields = {
    cncf_project: body.value('CNCF Project'),
    term: chosen ?? body.value('Term'),
    program_name: body.value('Program Name'),
    program_description: body.value('Program Description'),
    technologies: body.value('Technologies'),
    skills: body.value('Required/Desirable Skills'),
    mentors: body.value('Mentors'),
    upstream_issue_url: body.value('Upstream Issue URL'),
  };
  const title = FORM_TITLE.replace('<project>', fields.cncf_project).replace('<program name>', fields.program_name).replace(/\s+/g, ' ').trim();
  const url = proposalUrl(title, fields);
  return {
    idea: fields.program_name || idea?.title || '(no Program Name)',
    line: idea?.headingRange.start.line ?? 0,
    title,
    fields,
    url,
    body: issueBody.trim() + '\n',
    tooLong: url.length > MAX_URL_LENGTH,
    // The document writes its LFIDs itself: one missing is its mentor-lfid diagnostic, not a question for the user.
    missingLfids: [],
    termKnown: fields.term !== '',
  };
}
