import type { Feature } from '../serverContext';
import { documentSymbolFeature } from './documentSymbols';
import { foldingRangeFeature } from './foldingRanges';
import { codeActionFeature } from './codeActions';
import { hoverFeature } from './hover';

/** Every LSP feature the server offers; each file registers its own handlers. */
export const features: Feature[] = [documentSymbolFeature, foldingRangeFeature, codeActionFeature, hoverFeature];
