import * as assert from 'assert';
import { extractFacts } from '../../src/core/extract/facts';

/** Names found in `text`, as written, with the title kept apart. */
function names(text: string): { text: string; title?: string }[] {
  return extractFacts('a.txt', text).people.map((p) => ({ text: text.slice(p.start, p.end), ...(p.title ? { title: p.title } : {}) }));
}

describe('people: mentions and their spans', () => {
  const cases: [string, string, { text: string; title?: string }[]][] = [
    ['a title is split off', 'Foreign Minister Tomasz Brel arrived late.', [{ text: 'Tomasz Brel', title: 'foreign minister' }]],
    ['a senator with party and state', 'Sen. Martha Quill, D-Ore., voted no.', [{ text: 'Martha Quill', title: 'sen' }]],
    ['an abbreviated rank', 'Gen. Oleg Varkov denied it.', [{ text: 'Oleg Varkov', title: 'gen' }]],
    ['a particle glued with a hyphen', 'The envoy met Nasser al-Rahmani on Friday.', [{ text: 'Nasser al-Rahmani' }]],
    ['a possessive is not part of the name', "Investigators reviewed Lena Vogt's notes, Vogt said.", [{ text: 'Lena Vogt' }, { text: 'Vogt' }]],
    ['no trailing punctuation', 'The report was written by Priya Anand.', [{ text: 'Priya Anand' }]],
    ['a lower-case role before the name', 'said spokeswoman Dana Whitfield on Monday.', [{ text: 'Dana Whitfield', title: 'spokeswoman' }]],
    ['a role phrase with "of"', 'Secretary of State Ilse Maren spoke.', [{ text: 'Ilse Maren', title: 'secretary of state' }]],
    ['a surname after a speech verb', '"It is over," said Brightwater.', [{ text: 'Brightwater' }]],
    ['a middle initial', 'Rep. Carl T. Amundsen spoke.', [{ text: 'Carl T. Amundsen', title: 'rep' }]],
    ['sentence-initial words are dropped', 'Earlier Okonjo said the roads were open.', [{ text: 'Okonjo' }]],
    ['a title that starts with a place', 'The plan was backed by Dunmore Mayor Odile Franck.', [{ text: 'Odile Franck', title: 'dunmore mayor' }]],
    ['a long title that starts with a body', 'The bill was blocked by Senate Majority Leader Petra Lind.', [{ text: 'Petra Lind', title: 'senate majority leader' }]],
    ['dotted initials as a given name', 'The board heard T.J. Marlowe on Thursday.', [{ text: 'T.J. Marlowe' }]],
    ['a name after "in" with a possessive is still a person', "The plan was found in Ruth Adeyemi's desk.", [{ text: 'Ruth Adeyemi' }]],
    ['a sentence adverb before a name', 'He smiled. "We can match it. Thankfully Tamsin\'s brother has good ears," he said.', [{ text: 'Tamsin' }]],
    ['a short sentence adverb before a name', 'He smiled. "We can match it. Sadly Tamsin\'s brother has no ears," he said.', [{ text: 'Tamsin' }]],
    ['a given name ending in -ly', 'The prize went to Kelly Brandauer on Sunday.', [{ text: 'Kelly Brandauer' }]],
    ['an unfamiliar surname opening a sentence before "said"', 'Brightwater said the roads were shut.', [{ text: 'Brightwater' }]],
    ['an unfamiliar surname after a closing quote', '"The roads are shut," Brightwater said.', [{ text: 'Brightwater' }]],
    ['an unfamiliar given name opening a sentence, a role between commas before "told"', 'Djoko Prasetyo, the head of the port, told reporters.', [{ text: 'Djoko Prasetyo' }]],
  ];
  for (const [label, text, want] of cases) {
    it(label, () => assert.deepStrictEqual(names(text), want));
  }

  const notPeople: [string, string][] = [
    ['organisations', 'The State Department and the Security Council met.'],
    ['places and acronyms', 'Troops left NATO bases in Eastern Province.'],
    ['weekdays and months', 'On Monday, March rains returned.'],
    ['a place named like a person, after "in"', 'She teaches at a clinic in Grace Harbor now.'],
    ['country acronyms with dots', 'The U.S. Navy and the U.N. Council met.'],
    ['a run where an article follows a title', 'Photo: Daily Press An Italian sailor waves from the deck.'],
    ['a common noun opening a sentence before "said"', 'Police said the roads were shut.'],
    ['an unfamiliar word before a verb other than "said"', 'Story continues below the picture.'],
    ['an organisation with a role between commas', 'Globex Holdings, the parent company, said it would appeal.'],
    ['a social-media handle', 'Follow the latest from @MarnieOakesNews and #OakesForMayor on the night.'],
    ['a place named like a person, before a place noun', 'Crowds gathered outside Elmsworth Junction station and near Carden Hollis street.'],
    ['a place named like a person, after "at" with nothing that shows a person', 'The bus stops at Tolly Marsh twice a day.'],
    ['a headline in title case', 'Harbour Board Sacks Finley Ormerod After Storm\nThe board met on Monday.'],
  ];
  for (const [label, text] of notPeople) {
    it(`finds no person in ${label}`, () => assert.deepStrictEqual(names(text), []));
  }

  it('keeps a capitalised particle with the surname it opens, and drops a lower-case one', () => {
    const tokens = (text: string) => extractFacts('a.txt', text).people.map((p) => p.tokens);
    assert.deepStrictEqual(tokens('Coach Tomas De Vries said it.'), [['Tomas', 'De Vries']]);
    assert.deepStrictEqual(tokens('Coach Tomas de Vries said it.'), [['Tomas', 'Vries']]);
  });

  it('marks a one-word mention that is also vocabulary, and only that', () => {
    const vocab = (text: string) => extractFacts('a.txt', text).people.map((p) => [p.text, !!p.vocabulary]);
    assert.deepStrictEqual(vocab('Mayor Oren Barr met Bars, and Barr left.'), [['Oren Barr', false], ['Bars', true], ['Barr', false]]);
    assert.deepStrictEqual(vocab('Mayor Oren Tull spoke. Later Crane said the crane stayed.'), [['Oren Tull', false], ['Crane', true]]);
  });

  it('marks an office given as past, by somebody else or by mistake as not held', () => {
    const held = (text: string) => extractFacts('a.txt', text).people.map((p) => [p.title, !!p.notHeld]);
    assert.deepStrictEqual(held('The former Dunmore Gov. Rosa Teague spoke.'), [['gov', true]]);
    assert.deepStrictEqual(held('It was then-Sen. Rosa Teague who spoke.'), [['then-sen', false]]);
    assert.deepStrictEqual(held('The paper misidentified Sen. Rosa Teague.'), [['sen', true]]);
    assert.deepStrictEqual(held('Sen. Rosa Teague called for calm.'), [['sen', false]]);
  });

  it('reads an age written after the name', () => {
    const [p] = extractFacts('a.txt', 'Ruth Adeyemi, 45, was released on Friday.').people;
    assert.strictEqual(p.age, 45);
  });
});
