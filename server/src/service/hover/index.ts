import type { Hover, Position } from 'vscode-languageserver-types';
import type { OpenIdeasFile } from '../documents';
import type { CancellationToken } from '../host';
import { fieldLabelHover } from './fieldLabel';
import { ideaTitleHover } from './ideaTitle';
import { kindHover } from './kinds';
import { mentorHover } from './mentor';
import { projectHover } from './project';
import type { HoverProvider, HoverServices } from './provider';
import { upstreamHover } from './upstream';

/** The hover providers, asked in order; the first answer wins. Each lives in its own file of this folder. */
export const hoverProviders: HoverProvider[] = [kindHover, upstreamHover, projectHover, mentorHover, fieldLabelHover, ideaTitleHover];

/** The hover at `position`: the first provider's answer; one that fails is logged and the next asked. */
export async function hover(file: OpenIdeasFile, position: Position, services: HoverServices, token: CancellationToken): Promise<Hover | null> {
  for (const provide of hoverProviders) {
    try {
      const answer = await provide(file, position, services, token);
      if (token.isCancellationRequested) return null;
      if (answer) return answer;
    } catch (e) {
      services.logger.error(`hover failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return null;
}
