// Whether another wording of a quote disagrees with one occurrence's, for the messages and quick
// fixes of that occurrence. No vscode import: unit-tested.
import { compareFramed, compareQuotes, compareReworded, quoteWords } from '../core/match/quotes';

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
    const near = compareQuotes(mine, words, 1);
    if (near) return near.agree ? undefined : near.changes;
    const reworded = compareReworded(mine, words, 1);
    if (reworded && !reworded.agree) return reworded.changes;
    // Or a shorter rendering the engine lined up end to end inside a longer one, through its speaker.
    const framed = compareFramed(mine, words);
    return framed && !framed.agree ? framed.changes : undefined;
  };
}
