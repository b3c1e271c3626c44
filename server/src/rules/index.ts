import { headingLevel } from './heading-level';
import { ideaOutsideProject } from './idea-outside-project';
import { emptyProject } from './empty-project';
import { duplicateIdeaTitle } from './duplicate-idea-title';
import { placeholder } from './placeholder';
import { missingField } from './missing-field';
import { emptyField } from './empty-field';
import { unknownField } from './unknown-field';
import { duplicateField } from './duplicate-field';
import { mentorFormat } from './mentor-format';
import { mentorHandle } from './mentor-handle';
import { mentorEmail } from './mentor-email';
import { mentorDuplicate } from './mentor-duplicate';
import { tooManyMentors } from './too-many-mentors';
import { fewMentors } from './few-mentors';
import { upstreamUrl } from './upstream-url';
import { upstreamMultiple } from './upstream-multiple';
import { upstreamDuplicate } from './upstream-duplicate';
import { unknownProject } from './unknown-project';
import { projectName } from './project-name';
import { titleTooLong } from './title-too-long';
import { descriptionTooLong } from './description-too-long';
import { overQuota } from './over-quota';
import { tocOutOfDate } from './toc-out-of-date';
import { upstreamClosed } from './upstream-closed';
import { primaryMentor } from './primary-mentor';
import { projectSize } from './project-size';
import { missingFieldInProposal } from './proposal/missing-field';
import { emptyFieldInProposal } from './proposal/empty-field';
import { unknownProjectInProposal } from './proposal/unknown-project';
import { proposalTerm } from './proposal/proposal-term';
import { titleTooLongInProposal } from './proposal/title-too-long';
import { descriptionTooLongInProposal } from './proposal/description-too-long';
import { proposalSkills } from './proposal/proposal-skills';
import { mentorFormatInProposal } from './proposal/mentor-format';
import { mentorHandleInProposal } from './proposal/mentor-handle';
import { mentorEmailInProposal } from './proposal/mentor-email';
import { mentorDuplicateInProposal } from './proposal/mentor-duplicate';
import { mentorLfid } from './proposal/mentor-lfid';
import { tooManyMentorsInProposal } from './proposal/too-many-mentors';
import { fewMentorsInProposal } from './proposal/few-mentors';
import { upstreamUrlInProposal } from './proposal/upstream-url';
import { upstreamMultipleInProposal } from './proposal/upstream-multiple';
import { prerequisite } from './proposal/prerequisite';
import type { Rule } from './rule';

/**
 * Every rule, one file each in this folder (those of proposal documents in
 * proposal/) and one page per code in docs/rules, in the order of the
 * catalog there (docs/rules/README.md): those of LFX term files and GSoC
 * lists, the GSoC ones, then those of proposal documents (a code meaning the
 * same in both, such as title-too-long, has a rule for each;
 * kinds/profiles.ts says which kind runs which).
 */
export const allRules: readonly Rule[] = [
  headingLevel,
  ideaOutsideProject,
  emptyProject,
  duplicateIdeaTitle,
  placeholder,
  missingField,
  emptyField,
  unknownField,
  duplicateField,
  mentorFormat,
  mentorHandle,
  mentorEmail,
  mentorDuplicate,
  tooManyMentors,
  fewMentors,
  upstreamUrl,
  upstreamMultiple,
  upstreamDuplicate,
  unknownProject,
  projectName,
  titleTooLong,
  descriptionTooLong,
  overQuota,
  tocOutOfDate,
  upstreamClosed,
  primaryMentor,
  projectSize,
  missingFieldInProposal,
  emptyFieldInProposal,
  unknownProjectInProposal,
  proposalTerm,
  titleTooLongInProposal,
  descriptionTooLongInProposal,
  proposalSkills,
  mentorFormatInProposal,
  mentorHandleInProposal,
  mentorEmailInProposal,
  mentorDuplicateInProposal,
  mentorLfid,
  tooManyMentorsInProposal,
  fewMentorsInProposal,
  upstreamUrlInProposal,
  upstreamMultipleInProposal,
  prerequisite,
];
