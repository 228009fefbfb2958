// Roles with sides that exclude each other for one person in one story: the lead (first) author of a
// paper is not its senior (last) author, a prosecutor is not the defence lawyer. Closed class; most
// roles ("researcher" / "scientist", "lawyer" / "attorney") describe one job two ways and are not here.

interface RoleSide { readonly group: string; readonly side: string; readonly re: RegExp }

// Each pattern must end the phrase: the role is the phrase's head ("the prosecutor's mother" is not a prosecutor).
const PAPER = '(?:(?:study|paper|report|research|review|trial)\\s+)?';
const SIDES: readonly RoleSide[] = [
  { group: 'author', side: 'lead author', re: new RegExp(`\\b(?:lead|first|principal|main|primary)\\s+${PAPER}(?:co-?)?authors?$`) },
  { group: 'author', side: 'lead author', re: new RegExp(`\\b${PAPER}(?:lead|first|principal|main|primary)\\s+authors?$`) },
  { group: 'author', side: 'senior author', re: new RegExp(`\\b(?:senior|last)\\s+${PAPER}(?:co-?)?authors?$`) },
  { group: 'author', side: 'senior author', re: new RegExp(`\\b${PAPER}(?:senior|last)\\s+authors?$`) },
  { group: 'counsel', side: 'prosecution', re: /\b(?:prosecutor|prosecuting\s+(?:attorney|lawyer|counsel)|district\s+attorney|state's\s+attorney|crown\s+prosecutor)$/ },
  { group: 'counsel', side: 'defence', re: /\b(?:defen[cs]e\s+(?:attorney|lawyer|counsel|solicitor|barrister)|public\s+defender)$/ },
];

// A past, acting or shared role is no side taken now ("former prosecutor", "co-lead author" is both).
const NOT_HELD = /\b(?:former|ex|then|one-?time|retired|onetime|co-lead|co-senior|co-first|joint|another|other|fellow)\b/;

/** The group and side a role phrase ends in ("the study's lead author" -> author / lead author, "lead author"), or undefined. */
export function roleOf(phrase: string): { group: string; side: string; text: string } | undefined {
  const p = phrase.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  if (NOT_HELD.test(p)) return undefined;
  for (const s of SIDES) {
    const m = s.re.exec(p);
    if (m) return { group: s.group, side: s.side, text: m[0] };
  }
  return undefined;
}
