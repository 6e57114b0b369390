import type { Block } from '../../core/document/blocks.js';
import type { PdfMeta } from '../pdf/render-pdf.js';

export async function renderDocx(_blocks: readonly Block[], _meta: PdfMeta): Promise<Uint8Array> {
  throw new Error('not yet');
}
