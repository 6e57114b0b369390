/** What PDF and DOCX writers need besides the text: metadata and page furniture. */
export interface DocumentMeta {
  /** Document title and project, for metadata and the running header. */
  title: string;
  subject: string;
  /** The parties, for the Author field. */
  author: string;
  keywords: string;
  /** BCP 47 language of the document. */
  lang: string;
  /** The language with its region and script as the pack names it (`render.locale`, "uz-Latn-UZ"). */
  locale: string;
  /** Creation and modification date (fixed for reproducible output). */
  date: Date;
  /** "page {page} of {pages}" in the document language, with those two placeholders. */
  pageTemplate: string;
  /** Watermark text on every page, or null for a final document. */
  watermark: string | null;
}

/** The page label with numbers filled in. */
export function pageLabel(meta: DocumentMeta, page: number, pages: number): string {
  return meta.pageTemplate.replace('{page}', String(page)).replace('{pages}', String(pages));
}

/** The page label cut around its placeholders, for fields that Word fills in. */
export function pageLabelParts(meta: DocumentMeta): (string | 'page' | 'pages')[] {
  return meta.pageTemplate
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'page' : part === '{pages}' ? 'pages' : part));
}
