import type { StudyItem } from "./study-types";

// The bank's prompts stand alone ("True or false? …", "Fill in the blank: “…”"), as they must in a
// printed quiz or an export. On the study card the type's label above the prompt already says so,
// and on a phone the repeated instruction costs a line of every such card.
const instructions: Partial<Record<StudyItem["type"], string>> = {
  true_false: "True or false? ",
  cloze: "Fill in the blank: ",
};

/** The prompt without the instruction the label above it gives: at its start, or right after a
 * source's attribution ("According to “…” (undated): "). Anything else is left as it is. */
export function promptUnderLabel(type: StudyItem["type"], prompt: string): string {
  const instruction = instructions[type];
  const at = instruction ? prompt.indexOf(instruction) : -1;
  if (!instruction || at === -1) return prompt;
  const before = prompt.slice(0, at);
  if (before !== "" && !before.endsWith(": ")) return prompt;
  const rest = prompt.slice(at + instruction.length);
  return before + rest.charAt(0).toUpperCase() + rest.slice(1);
}
