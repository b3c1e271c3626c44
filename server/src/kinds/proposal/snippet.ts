import { escapeSnippet } from '../../authoring/snippets';
import { FORM_FIELDS } from '../../proposal/form';

/** A choice placeholder's text, where `,`, `|` and the snippet's own specials are escaped. */
function choice(option: string): string {
  return escapeSnippet(option).replace(/[,|]/g, '\\$&');
}

/**
 * The whole proposal form as a snippet, in the issue body's shape: each field
 * a `### <label>` section, tab stops where the mentor writes (the Term a
 * choice of the form's options), `_No response_` in the optional fields and
 * every checkbox unchecked, so that what is not filled in reads as the form
 * would submit it.
 */
export function proposalSnippet(termOptions: readonly string[]): string {
  let stop = 1;
  const next = (text = '') => `\${${stop++}${text ? ':' + text : ''}}`;
  const sections = FORM_FIELDS.map((f) => {
    let value: string;
    if (f.type === 'checkboxes') value = (f.options ?? []).map((o) => `- [ ] ${escapeSnippet(o)}`).join('\n');
    else if (f.id === 'cncf_project') value = next('CNCF Project');
    else if (f.id === 'term') value = termOptions.length ? `\${${stop++}|${termOptions.map(choice).join(',')}|}` : next('YYYY Term N (months)');
    else if (f.id === 'program_name') value = next('Program Name');
    else if (f.id === 'program_description') value = `## Description\n\n${next()}\n\n## Expected outcomes\n\n${next()}`;
    else if (f.id === 'technologies') value = next('Go, Kubernetes');
    else if (f.id === 'mentors') value = `${next('Full Name')} | @${next('github-handle')} | ${next('email')} | ${next('LFID')}`;
    else if (f.id === 'upstream_issue_url') value = next('https://github.com/org/repo/issues/1234');
    else value = '_No response_';
    return `### ${escapeSnippet(f.label)}\n\n${value}`;
  });
  return sections.join('\n\n') + '\n$0';
}
