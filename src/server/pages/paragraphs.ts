// Text a person typed (a comment, a question, an answer, a feedback summary), shown as paragraphs: one per line,
// escaped like every interpolated value.
import { html, type Html } from './html.ts';

export function paragraphs(text: string): Html[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => html`<p>${line}</p>`);
}
