import type { CancellationToken, Hover, Position } from 'vscode-languageserver';
import type { Feature, OpenIdeasFile, ServerContext } from '../serverContext';
import { upstreamHover } from './hoverUpstream';
import { projectHover } from './hoverProject';
import { mentorHover } from './hoverMentor';
import { fieldLabelHover } from './hoverLabel';
import { ideaTitleHover } from './hoverIdeaTitle';
import { kindHover } from './hoverKinds';

/** One kind of hover (project heading, mentor, field label, upstream URL...): undefined when the position is not its. */
export type HoverProvider = (file: OpenIdeasFile, position: Position, ctx: ServerContext, token: CancellationToken) => Hover | undefined | Promise<Hover | undefined>;

/** The hover providers, asked in order; the first answer wins. Each lives in its own file under features/. */
export const hoverProviders: HoverProvider[] = [kindHover, upstreamHover, projectHover, mentorHover, fieldLabelHover, ideaTitleHover];

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover(async (params, token) => {
      await ctx.settingsReady;
      const file = ctx.ideasFile(params.textDocument.uri);
      if (!file) return null;
      for (const provide of hoverProviders) {
        try {
          const hover = await provide(file, params.position, ctx, token);
          if (token.isCancellationRequested) return null;
          if (hover) return hover;
        } catch (e) {
          ctx.connection.console.error(`hover failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return null;
    });
  },
};
