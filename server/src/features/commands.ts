import { ErrorCodes, ResponseError, type CancellationToken, type Connection, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { ServerContext } from '../serverContext';

/** Runs one `workspace/executeCommand` command; its result goes back to the client. */
export type CommandHandler = (args: unknown[], ctx: ServerContext, token: CancellationToken) => unknown;

const handlers = new WeakMap<Connection, Map<string, CommandHandler>>();

/**
 * Registers the handler of one command. A connection takes a single
 * executeCommand handler, so the features that offer commands share this one,
 * which dispatches by command id. (Each feature still lists its commands in
 * its `capabilities`, as `executeCommandProvider.commands`.)
 */
export function registerCommand(ctx: ServerContext, command: string, handler: CommandHandler): void {
  let byId = handlers.get(ctx.connection);
  if (!byId) {
    const registry = new Map<string, CommandHandler>();
    byId = registry;
    handlers.set(ctx.connection, registry);
    ctx.connection.onExecuteCommand(async (params, token) => {
      const run = registry.get(params.command);
      if (!run) return new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
      try {
        return await run(params.arguments ?? [], ctx, token);
      } catch (e) {
        ctx.connection.console.error(`${params.command} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return new ResponseError(ErrorCodes.InternalError, `${params.command} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }
  byId.set(command, handler);
}

/** The document a command is about: its first argument, a URI string or `{ uri }`. */
export function uriArgument(args: unknown[]): string | undefined {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}

/** Asks the client to apply edits to an open document, tied to its current version when the client supports that. */
export async function applyEdits(ctx: ServerContext, uri: string, edits: TextEdit[], label: string): Promise<boolean> {
  const document = ctx.documents.get(uri);
  const versioned = ctx.initializeParams.capabilities.workspace?.workspaceEdit?.documentChanges && document;
  const edit: WorkspaceEdit = versioned ? { documentChanges: [{ textDocument: { uri, version: document.version }, edits }] } : { changes: { [uri]: edits } };
  const result = await ctx.connection.workspace.applyEdit({ label, edit });
  return result.applied;
}
