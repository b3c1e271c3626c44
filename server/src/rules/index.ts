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
import { primaryMentor } from './primary-mentor';
import { projectSize } from './project-size';
import type { Rule } from './rule';

/** Every rule of docs/rules (rules.md), in catalog order. */
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
  primaryMentor,
  projectSize,
];
