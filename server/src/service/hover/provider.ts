import type { Hover, Position } from 'vscode-languageserver-types';
import type { OpenIdeasFile } from '../documents';
import type { CancellationToken } from '../host';
import type { Services } from '../services';

/** What the hovers read. */
export type HoverServices = Pick<Services, 'settings' | 'catalog' | 'index' | 'people' | 'github' | 'logger'>;

/** One kind of hover (project heading, mentor, field label, upstream URL...): undefined when the position is not its. */
export type HoverProvider = (file: OpenIdeasFile, position: Position, services: HoverServices, token: CancellationToken) => Hover | undefined | Promise<Hover | undefined>;
