import { RAG_TAGS, tag } from './govuk';
import { ragWord } from './performance';

/** A RAG as a GOV.UK tag in words ("No update" in grey when there is none). */
export function ragElement(rag: string | null | undefined): HTMLElement {
  return tag(ragWord(rag), RAG_TAGS[rag ?? ''] ?? 'grey');
}
