// Whether another wording of a quote disagrees with one occurrence's, for the messages and quick
// fixes of that occurrence. No vscode import: unit-tested.
import { compareQuotes, compareReworded, quoteWords } from '../core/match/quotes';

export type WordChanges = readonly (readonly [string, string])[];

/**
 * Compares other wordings with `text`: the words changed ([here, there] per change), or undefined
 * where a wording does not disagree with it (the same words, an excerpt, or a version linked to it
 * only through a third one). `text` is split into words once, however many wordings it meets.
 */
export function wordingChangesFrom(text: string): (other: string) => WordChanges | undefined {
  const mine = quoteWords(text);
  return (other) => {
    // One word is enough here: the engine already judged these quotes one utterance.
    // Without a run of four words the engine may still have judged them one remark, reworded.
    const words = quoteWords(other);
    const cmp = compareQuotes(mine, words, 1) ?? compareReworded(mine, words, 1);
    return cmp && !cmp.agree ? cmp.changes : undefined;
  };
}
