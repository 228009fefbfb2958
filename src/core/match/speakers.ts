// What a speaker phrase that names nobody ("the ministry", "a forensic investigator", "the filing")
// can tell about who spoke, and which credits may be one speaker.
import { DOCUMENT_NOUNS, ROLE_NOUNS } from '../model/speakers';
import { singular } from '../model/measures';
import { fold } from '../text';

/**
 * A key for a speaker phrase: `role:` for a person described by a role, `thing:` for an
 * organisation or anything else, by the phrase's head noun; undefined for a document.
 */
export function phraseSpeaker(phrase: string): string | undefined {
  const head = fold(phrase).split(/\s+/).pop()!;
  const forms = [head, singular(head), ...head.split('-')];
  if (forms.some((w) => DOCUMENT_NOUNS.has(w))) return undefined;
  const key = head.replace(/s$/, '');
  return forms.some((w) => ROLE_NOUNS.has(w)) ? `role:${key}` : `thing:${key}`;
}

/**
 * Whether two credits may name one speaker. A role ("the spokesman") may be any person an article
 * names, or the holder of another role; an organisation is not a person who speaks for it.
 */
export function mayBeOneSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const role = (k: string) => k.startsWith('role:');
  const thing = (k: string) => k.startsWith('thing:');
  return (role(a) && !thing(b)) || (role(b) && !thing(a));
}
