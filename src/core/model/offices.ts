// Offices one person cannot hold under two names at once: "foreign minister" and "prime minister"
// for one person is a conflict, "White House spokesman" and "press secretary" is not (neither is
// here). Synonyms map to one office. Kept to offices whose holders news articles name often.

const OFFICES: Record<string, readonly string[]> = {
  president: ['president'],
  'vice president': ['vice president', 'vice-president'],
  'prime minister': ['prime minister', 'premier'],
  'foreign minister': ['foreign minister', 'foreign secretary', 'minister of foreign affairs', 'secretary of state'],
  'defence minister': ['defense minister', 'defence minister', 'minister of defense', 'minister of defence', 'defense secretary', 'defence secretary', 'secretary of defense'],
  'interior minister': ['interior minister', 'home secretary', 'home minister', 'minister of the interior', 'minister of interior'],
  'finance minister': ['finance minister', 'minister of finance', 'treasury secretary', 'secretary of the treasury', 'chancellor of the exchequer'],
  'justice minister': ['justice minister', 'minister of justice', 'attorney general', 'attorney-general'],
  senator: ['senator', 'sen'],
  representative: ['representative', 'rep', 'congressman', 'congresswoman'],
  governor: ['governor', 'gov'],
  mayor: ['mayor'],
  king: ['king'],
  queen: ['queen'],
};

// A title with one of these is not the office held now ("former president", "deputy prime minister").
const NOT_HELD = /\b(?:former|ex|then|acting|interim|deputy|assistant|outgoing|incoming|elect|late|shadow|junior|candidate|hopeful|nominee|presidential|vice(?! president))\b/;

const PHRASES = Object.entries(OFFICES)
  .flatMap(([office, names]) => names.map((name) => ({ office, re: new RegExp(`(?:^|\\s)${name.replace(/[-\s]/g, '[-\\s]')}(?:\\s|$)`) })))
  .sort((a, b) => b.re.source.length - a.re.source.length);

/** The office a title names ("russian president" -> "president"), or undefined when it names none, or several, or one not held now. */
export function officeOf(title: string): string | undefined {
  const t = title.toLowerCase().replace(/\./g, '');
  if (NOT_HELD.test(t)) return undefined;
  let rest = ` ${t} `;
  const found = new Set<string>();
  for (const { office, re } of PHRASES) {
    if (re.test(rest)) { found.add(office); rest = rest.replace(re, ' | '); }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
