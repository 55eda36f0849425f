import { h } from './dom';
import { ragTag } from './performance';

/** A RAG as a GOV.UK tag: its word (never colour alone) in its colour. */
export function ragElement(rag: string | null | undefined): HTMLElement {
  const { text, modifier } = ragTag(rag);
  return h('strong', { class: `govuk-tag ppo-tag ${modifier}` }, text);
}
