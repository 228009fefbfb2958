// What each rule is called and how loudly it speaks by default. The README documents each rule
// under a heading named after its id, which diagnostic codes link to. No vscode import: unit-tested.
import type { Conflict, ConflictKind, Occurrence, RuleId, Severity } from '../core/types';
import type { SeveritySetting } from './settings';

export interface Rule {
  readonly kind: ConflictKind;
  /** Says what disagrees, short enough for the end of a diagnostic message. */
  readonly title: string;
  readonly severity: Severity;
}

export const RULES: Readonly<Record<RuleId, Rule>> = {
  'name-typo': { kind: 'person', title: 'likely typo', severity: 'warning' },
  'name-case': { kind: 'person', title: 'capitalisation differs', severity: 'warning' },
  'name-spacing': { kind: 'person', title: 'written as one word and as two', severity: 'warning' },
  'name-given': { kind: 'person', title: 'different given name', severity: 'warning' },
  'name-transliteration': { kind: 'person', title: 'transliteration differs', severity: 'information' },
  'name-style': { kind: 'person', title: 'house style differs', severity: 'hint' },
  'name-mixup': { kind: 'person', title: 'called by another name', severity: 'warning' },
  'name-family': { kind: 'person', title: 'family name spelled two ways', severity: 'warning' },
  'title-mismatch': { kind: 'person', title: 'different office', severity: 'warning' },
  'role-mismatch': { kind: 'person', title: 'different role', severity: 'warning' },
  'quote-wording': { kind: 'quote', title: 'reworded quote', severity: 'warning' },
  'quote-speaker': { kind: 'quote', title: 'credited to different speakers', severity: 'warning' },
  'figure-mismatch': { kind: 'number', title: 'conflicting figure', severity: 'warning' },
};

/** The rule an occurrence is flagged under: its own (a misspelt name) or its conflict's. */
export function ruleOf(c: Conflict, o: Occurrence): RuleId {
  return o.rule ?? c.rule;
}

/** The severity to show, or undefined when the user turned the kind off. */
export function severityOf(rule: RuleId, setting: SeveritySetting): Severity | undefined {
  if (setting === 'off') return undefined;
  return setting === 'default' ? RULES[rule].severity : setting;
}

/** Line (0-based) of each rule's heading in the README, so a diagnostic code can open it there. */
export function ruleHeadingLines(readme: string): Map<RuleId, number> {
  const out = new Map<RuleId, number>();
  readme.split('\n').forEach((line, i) => {
    const m = /^#{2,4}\s+`?([a-z-]+)`?\s*$/.exec(line);
    if (m && m[1] in RULES) out.set(m[1] as RuleId, i);
  });
  return out;
}
