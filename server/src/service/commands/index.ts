import { ServerCommand, type ServerCommandId } from '../../protocol';
import type { CancellationToken } from '../host';
import type { Services } from '../services';
import type { Editor } from './editor';
import { convertToEntry, convertToProposal } from './convert';
import { fileProposal } from './fileProposal';
import { newEntry } from './newEntry';
import { copyAsProposal, proposeOnGitHub } from './propose';
import { updateToc } from './updateToc';

/** Runs one `workspace/executeCommand` command; its result goes back to the client. Arguments are as the client sent them, checked by the command. */
export type CommandHandler = (args: unknown[], services: Services, editor: Editor, token: CancellationToken) => unknown;

/** Every command the server runs, one file each in this folder; protocol.ts lists their ids and argument types. */
export const commands: Record<ServerCommandId, CommandHandler> = {
  [ServerCommand.updateToc]: (args, services, editor) => updateToc(args, services, editor),
  [ServerCommand.proposeOnGitHub]: (args, services, editor) => proposeOnGitHub(args, services, editor),
  [ServerCommand.copyAsProposal]: (args, services) => copyAsProposal(args, services),
  [ServerCommand.newIdea]: (args, services, editor) => newEntry('idea', args, services, editor),
  [ServerCommand.newProject]: (args, services, editor) => newEntry('project', args, services, editor),
  [ServerCommand.convertToProposal]: (args, services, editor) => convertToProposal(args, services, editor),
  [ServerCommand.convertToEntry]: (args, services, editor) => convertToEntry(args, services, editor),
  [ServerCommand.fileProposalIssue]: (args, services, editor) => fileProposal(args, services, editor),
};

export function isServerCommand(id: string): id is ServerCommandId {
  return Object.prototype.hasOwnProperty.call(commands, id);
}
