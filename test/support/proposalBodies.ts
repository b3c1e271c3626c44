import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_FIELDS } from '../../server/src/proposal/form';
import { CORPUS } from './corpus';

/** The 2026 Term 3 export (../shared/corpus/proposals): every form field of the 59 accepted proposals. */
export const EXPORT = join(CORPUS, 'proposals', '2026_03-Sep-Nov_lfx-export.json');

export interface ExportedProgram {
  issue_number: number;
  cncf_project: string;
  term: string;
  program_name_short: string;
  description: string;
  technologies: string;
  skills: string;
  mentors: { name: string; github_handle: string; email: string; lfid: string; role: string }[];
  upstream_issue_url: string;
  prerequisites: {
    resume: boolean;
    cover_letter: boolean;
    school_enrollment: boolean;
    participation_permission: boolean;
    coding_challenge: boolean;
    coding_challenge_url: string | null;
    custom: { name: string; description: string; file_upload: boolean } | null;
  };
}

export function exportedPrograms(): ExportedProgram[] {
  if (!existsSync(EXPORT)) return [];
  return (JSON.parse(readFileSync(EXPORT, 'utf8')) as { programs: ExportedProgram[] }).programs;
}

const PREREQUISITES: [keyof ExportedProgram['prerequisites'], string][] = [
  ['resume', 'Resume'],
  ['cover_letter', 'Cover Letter'],
  ['school_enrollment', 'School Enrollment Verification'],
  ['participation_permission', 'Participation Permission from school or employer'],
  ['coding_challenge', 'Coding Challenge'],
];

/**
 * The issue body GitHub would have stored for a program filed through the
 * form: each field as `### <label>`, a blank line and the value, `_No
 * response_` for an empty one, checkboxes as `- [X]` / `- [ ]` lines of the
 * form's options (Skills same as Technologies checked when the export's
 * skills are its technologies).
 */
export function formBody(p: ExportedProgram): string {
  const same = p.skills === p.technologies;
  const custom = p.prerequisites.custom;
  const box = (checked: boolean, label: string) => `- [${checked ? 'X' : ' '}] ${label}`;
  const values: Record<string, string> = {
    cncf_project: p.cncf_project,
    term: p.term,
    program_name: p.program_name_short,
    program_description: p.description,
    technologies: p.technologies,
    skills_same: box(same, FORM_FIELDS.find((f) => f.id === 'skills_same')!.options![0]),
    skills: same ? '' : p.skills,
    mentors: p.mentors.map((m) => `${m.name} | @${m.github_handle} | ${m.email} | ${m.lfid}`).join('\n'),
    upstream_issue_url: p.upstream_issue_url,
    application_prerequisites: PREREQUISITES.map(([key, label]) => box(!!p.prerequisites[key], label)).join('\n'),
    coding_challenge_url: p.prerequisites.coding_challenge_url ?? '',
    custom_prerequisites: box(!!custom, FORM_FIELDS.find((f) => f.id === 'custom_prerequisites')!.options![0]),
    custom_prerequisite_name: custom?.name ?? '',
    custom_prerequisite_description: custom?.description ?? '',
    custom_prerequisite_file_upload: box(!!custom?.file_upload, FORM_FIELDS.find((f) => f.id === 'custom_prerequisite_file_upload')!.options![0]),
  };
  return FORM_FIELDS.map((f) => `### ${f.label}\n\n${values[f.id] || '_No response_'}`).join('\n\n');
}
