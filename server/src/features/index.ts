import type { Feature } from '../serverContext';
import { documentSymbolFeature } from './documentSymbols';
import { foldingRangeFeature } from './foldingRanges';
import { codeActionFeature } from './codeActions';
import { hoverFeature } from './hover';
import { workspaceCatalogFeature } from './workspaceCatalog';
import { fileSummaryFeature } from './fileSummary';
import { updateTocFeature } from './updateToc';
import { proposeCommandsFeature } from './proposeCommands';
import { codeLensFeature } from './codeLens';
import { formattingFeature } from './formatting';
import { githubTokenFeature } from './githubToken';
import { documentLinkFeature } from './documentLinks';
import { upstreamClosedFeature } from './upstreamClosed';
import { workspaceIndexFeature } from './workspaceIndex';
import { completionFeature } from './completion';
import { workspaceSymbolFeature } from './workspaceSymbols';
import { newEntryCommandsFeature } from './newEntryCommands';
import { convertCommandsFeature } from './convertCommands';
import { proposalIssuesFeature } from './proposalIssues';
import { liveTermChecksFeature } from './liveTermChecks';

/** Every LSP feature the server offers; each file registers its own handlers. */
export const features: Feature[] = [
  documentSymbolFeature,
  foldingRangeFeature,
  codeActionFeature,
  hoverFeature,
  workspaceCatalogFeature,
  fileSummaryFeature,
  updateTocFeature,
  proposeCommandsFeature,
  codeLensFeature,
  formattingFeature,
  githubTokenFeature,
  documentLinkFeature,
  upstreamClosedFeature,
  workspaceIndexFeature,
  completionFeature,
  workspaceSymbolFeature,
  newEntryCommandsFeature,
  convertCommandsFeature,
  proposalIssuesFeature,
  liveTermChecksFeature,
];
