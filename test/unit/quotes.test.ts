import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { extractFacts } from '../../src/core/extract/facts';
import { compareFramed, compareQuotes, quoteConflicts, quoteWords } from '../../src/core/match/quotes';
import type { Quote } from '../../src/core/types';
import { phraseSpeaker } from '../../src/core/match/speakers';

const quotes = (text: string) => extractFacts('a.txt', text).quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe('quotes: extraction and speakers', () => {
  const cases: [string, string, { text: string; speaker?: string }[]][] = [
    ['straight quotes, speaker after', '"The pumps are running again," Halvorsen said.', [{ text: 'The pumps are running again', speaker: 'Halvorsen' }]],
    ['curly quotes, verb first', '“We will rebuild the pier,” said Mayor Odile Franck.', [{ text: 'We will rebuild the pier', speaker: 'Mayor Odile Franck' }]],
    ['speaker before with a colon', 'Odile Franck told reporters: "Nobody was left behind."', [{ text: 'Nobody was left behind', speaker: 'Odile Franck' }]],
    ['according to', 'According to Rafe Dunmore, "the gauges failed at noon."', [{ text: 'the gauges failed at noon', speaker: 'Rafe Dunmore' }]],
    ['an abbreviated title does not end the speaker', '"The tide gauge failed twice," said senior engineer Dr. Nils Hagen.', [{ text: 'The tide gauge failed twice', speaker: 'senior engineer Dr. Nils Hagen' }]],
    ['an abbreviated title before the quote does not end the speaker', 'Sen. Ola Brandvik said: "The road opens on Friday."', [{ text: 'The road opens on Friday', speaker: 'Sen. Ola Brandvik' }]],
    ['a phrase as speaker', '"Repairs start Monday," the ministry said.', [{ text: 'Repairs start Monday', speaker: 'the ministry' }]],
    ['no speaker stated', 'The sign read "closed for the season" all week.', [{ text: 'closed for the season', speaker: undefined }]],
    ['a closing mark glued to the next sentence', 'Odile Franck said: "We are ready for the storm."The ministry agreed, an aide said.', [{ text: 'We are ready for the storm', speaker: 'Odile Franck' }]],
    ['an opening mark glued to the last sentence', 'It rained all week."We are ready for the storm," the chief said.', [{ text: 'We are ready for the storm', speaker: 'the chief' }]],
    ['a colon introduction over what follows', 'Franck said: "We are ready." Later the ministry said it was not.', [{ text: 'We are ready', speaker: 'Franck' }]],
  ];
  for (const [label, text, want] of cases) {
    it(label, () => assert.deepStrictEqual(quotes(text), want));
  }

  it('resolves "he said" to the last person named before the quote', () => {
    const text = 'Inspector Tove Brandt toured the dam.\n\n"The spillway held," she said.';
    const [q] = extractFacts('a.txt', text).quotes;
    assert.strictEqual(q.speaker, 'Tove Brandt');
    assert.strictEqual(q.speakerByPronoun, true);
  });

  it('credits a quote to the paragraph before it when that ends with a colon', () => {
    const [q] = quotes('Late on Friday the harbour board released this statement:\n\n"We regret the delay and thank every crew that helped tonight."');
    assert.strictEqual(q.speaker, 'the harbour board');
  });

  it('ends an unclosed quote at its paragraph instead of swallowing the article', () => {
    const text = '"We lost the east road and the ferry\n\nThe council met on Tuesday to vote on "a new levy" for repairs.';
    const got = quotes(text).map((q) => q.text);
    assert.deepStrictEqual(got, ['We lost the east road and the ferry', 'a new levy']);
  });

  it('cuts an unclosed quote before its attribution', () => {
    const [q] = quotes('"We owe the volunteers everything, Franck said in a statement.');
    assert.strictEqual(q.text, 'We owe the volunteers everything');
  });

  it('ignores a stray closing mark and apostrophes', () => {
    const got = quotes('Franck said,” "Russia\'s offer is late, and the town’s patience is gone," she added.').map((q) => q.text);
    assert.deepStrictEqual(got, ["Russia's offer is late, and the town’s patience is gone"]);
  });

  it('gives exact offsets of the quoted words', () => {
    const text = 'Intro.\n“Every house on Mill Lane was checked,” Franck said.';
    const [q] = extractFacts('a.txt', text).quotes;
    assert.strictEqual(text.slice(q.start, q.end), 'Every house on Mill Lane was checked');
  });
});

describe('quotes: comparing two renderings', () => {
  const cmp = (a: string, b: string, min = 5) => compareQuotes(quoteWords(a), quoteWords(b), min);
  const cases: [string, string, string, 'agree' | 'differ' | 'unrelated'][] = [
    ['a shorter excerpt agrees', 'the ferry will run again by Easter', 'We expect that the ferry will run again by Easter, weather allowing', 'agree'],
    ['an omission marked with an ellipsis agrees', 'We checked the dam ... and the dam held', 'We checked the dam twice overnight and the dam held', 'agree'],
    ['case, punctuation and dashes agree', 'The levy is fair - and it is needed.', 'the levy is fair — and it is needed', 'agree'],
    ['initials agree with the words they stand for', 'the U.S. role in the talks on the river dams', 'the United States role in the talks on the river dams', 'agree'],
    ['a spelling variant agrees', 'our defense of the harbour came first for the council', 'our defence of the harbor came first for the council', 'agree'],
    ['a changed word differs', 'Storms of this kind will test every wall we have', 'Storms of that kind will test every wall we have', 'differ'],
    ['an inserted word differs', 'we would have closed the road much sooner', 'we would also have closed the road much sooner', 'differ'],
    ['a repeated leading word does not hide an excerpt', 'We would have closed the road much sooner', 'Frankly we knew that we would have closed the road much sooner', 'agree'],
    ['different remarks are unrelated', 'The pumps are running again tonight', 'The council will vote on a levy next week', 'unrelated'],
    ['an editor\'s insertion is not a changed word', 'We walked [to the shelter] as the water rose behind us', 'We walked as the water rose behind us', 'agree'],
    ['an insertion in brackets matches the same words in parentheses', 'We told him and [later] his sister what the water had done', 'We told him and (later) his sister what the water had done', 'agree'],
    ['words in parentheses missing from the other version are a change', 'We told him and (much later) his sister what the water had done', 'We told him and his sister what the water had done', 'differ'],
    ['short stock phrases are never compared', 'as soon as possible', 'as soon as possible', 'unrelated'],
    ['two statements that share a clause part where a stray shared word precedes it', 'I knew the wall was going to give way', 'There was nothing I could do, the wall was going to give way', 'agree'],
    ['two statements that share a clause part where a stray shared word follows it', 'Tomas told her that he would work on the fishing boats and would not call her for a month', 'He said he was going to work on the fishing boats and would see her in two weeks', 'agree'],
    ['an omission marked with an ellipsis is not undone by a stray shared word after it', 'He ran up the stairs ... and somehow got onto the roof', 'He ran up the stairs where the offices are', 'agree'],
    ['a changed word just before the shared last word differs', 'They are shipping the medicine for Ana', 'They are shipping the medicine to Ana', 'differ'],
    ['a clause added before a shared ending differs', 'What caused the flood? We do not know yet', 'What caused the flood, and when did it start? We do not know yet', 'differ'],
    ['a contraction agrees with its full form', "It's not a wall we can't rebuild by the spring", 'It is not a wall we cannot rebuild by the spring', 'agree'],
    ['a contracted "would" agrees with the word', "We'd have closed the coast road before dawn", 'We would have closed the coast road before dawn', 'agree'],
    ['British and American spellings agree word for word', 'the harbour centre was organised by the neighbours', 'the harbor center was organized by the neighbors', 'agree'],
    ['a contracted "has" agrees with the word', "It's been a long winter for the harbour crews", 'It has been a long winter for the harbour crews', 'agree'],
    ['a contracted "had" agrees with the word', "He'd rebuilt the wall before the spring storms came", 'He had rebuilt the wall before the spring storms came', 'agree'],
    ['a noun\'s "is" agrees with the word', "The tide's rising and the wall will not hold tonight", 'The tide is rising and the wall will not hold tonight', 'agree'],
    ['"is" and "has" written out are a changed word', 'It is gone from the harbour for good now', 'It has gone from the harbour for good now', 'differ'],
    ['a possessive is not a contraction', "The mayor's plan will save the harbour wall", 'The mayor is planning to save the harbour wall', 'differ'],
    ['a single stray shared word past a change does not extend the comparison', 'she had to work on a fishing boat and she would not be able to call her for a week', 'he was going to work on a fishing boat and would see her in a few days', 'agree'],
    ['two grammar words close in spelling are a changed word, not a spelling variant', 'Storms of this kind will test every wall we have', 'Storms of these kind will test every wall we have', 'differ'],
    ['a misspelt long word is a spelling variant', 'the government will test every wall we have', 'the goverment will test every wall we have', 'agree'],
    ['a changed first word differs', 'Coastal flooding has long been thought of as a problem for the old towns', 'River flooding has long been thought of as a problem for the old towns', 'differ'],
    ['a changed last word differs', 'the ferry will run again from the north pier by Easter', 'the ferry will run again from the north pier by May', 'differ'],
    ['a longer excerpt at the start agrees', 'Frankly, the ferry will run again from the north pier by Easter', 'the ferry will run again from the north pier by Easter', 'agree'],
    ['different words right before the shared words differ: only one can be verbatim', 'and so the ferry will run again from the north pier by Easter', 'We promise the ferry will run again from the north pier by Easter', 'differ'],
    ['a different clause before the shared words is another statement', 'When the storm had passed we knew the ferry will run again from the north pier by Easter', 'We promise the ferry will run again from the north pier by Easter', 'agree'],
    ['a word dropped between long shared stretches differs', 'She may have climbed inside and somehow slid down the chute, trying to hide from the guards until dawn', 'She may have climbed inside and slid down to try and hide from the guards until dawn', 'differ'],
  ];
  for (const [label, a, b, want] of cases) {
    it(label, () => {
      const r = cmp(a, b);
      assert.strictEqual(r === undefined ? 'unrelated' : r.agree ? 'agree' : 'differ', want, JSON.stringify(r));
    });
  }

  it('reports the words that differ', () => {
    assert.deepStrictEqual(cmp('Storms of this kind will test every wall', 'Storms of that kind will test every wall')!.changes, [['this', 'that']]);
  });

  it('reports changed words as written, not in their compared spelling', () => {
    assert.deepStrictEqual(cmp('the colour of the harbour wall was never this grey', 'the colour of the harbour gate was never this grey')!.changes, [['wall', 'gate']]);
    assert.deepStrictEqual(cmp('we saw the neighbours rebuild the harbour wall', 'we saw the neighbours repaint the harbour wall')!.changes, [['rebuild', 'repaint']]);
  });

  it('shows a contraction as written in a change', () => {
    assert.deepStrictEqual(cmp("he's gone from the harbour for good now", 'she has gone from the harbour for good now')!.changes, [["he's", 'she has']]);
  });

  it('reports the words one rendering adds, not the words where the two part', () => {
    const a = 'It crossed my mind that I just wanted to call them, tell them I was sorry and hug them. I hope they are fine';
    const b = 'a hundred times in my mind and have wanted to call them and hug them. I hope they are fine';
    assert.deepStrictEqual(cmp(a, b)!.changes, [['tell them i was sorry', '']]);
  });
});

describe('quotes: who the same words are credited to', () => {
  const WORDS = '"The bridge stays shut until the spring thaw is over," ';
  /** The speakers a quote-speaker conflict names, or [] when the two articles raise none. */
  const credited = (a: string[], b: string[]) => {
    const { conflicts } = analyze([{ path: 'a.txt', text: a.join('\n\n') }, { path: 'b.txt', text: b.join('\n\n') }]);
    const c = conflicts.find((x) => x.rule === 'quote-speaker');
    return c ? /credited to (.+) and to (.+)$/.exec(c.message)!.slice(1).sort() : [];
  };
  const cases: [string, string[], string[], string[]][] = [
    ['a surname alone means the namesake the article names far more often',
      ['Dana Pell runs the ferry.', 'Dana Pell spoke first.', 'Dana Pell and her brother Marcus Pell met the crews.', `${WORDS}Pell said.`],
      ['Engineer Idris Vane inspected the pier.', `${WORDS}said Idris Vane.`],
      ['Dana Pell', 'Idris Vane']],
    ['a surname alone is nobody when the article names two namesakes as often',
      ['Dana Pell and her brother Marcus Pell run the ferry.', `${WORDS}Pell said.`],
      ['Engineer Idris Vane inspected the pier.', `${WORDS}said Idris Vane.`],
      []],
    ['a surname alone means the only namesake its article names, though another article names a second',
      ['Marcus Pell runs the ferry.', `${WORDS}Pell said.`],
      ['Dana Pell inspected the pier.', `${WORDS}said Dana Pell.`],
      ['Dana Pell', 'Marcus Pell']],
    ['a surname alone is nobody when its article writes of Mr and Mrs with it, though it names only one in full',
      ['Marcus Pell runs the ferry.', 'Mr Pell and Mrs Pell were on board.', `${WORDS}Pell said.`],
      ['Dana Pell inspected the pier.', `${WORDS}said Dana Pell.`],
      []],
    ['a full name is that person, though the article names a namesake far more often',
      ['Dana Pell runs the ferry.', 'Dana Pell spoke first.', 'Dana Pell met the crews.', `${WORDS}said her brother Marcus Pell.`],
      ['Dana Pell inspected the pier.', `${WORDS}said Dana Pell.`],
      ['Dana Pell', 'Marcus Pell']],
    ['a surname after an honorific is nobody when the article names two namesakes',
      ['Dana Pell runs the ferry.', 'Dana Pell spoke first.', 'Dana Pell and her husband Marcus Pell met the crews.', `${WORDS}Mr Pell said.`],
      ['Engineer Idris Vane inspected the pier.', `${WORDS}said Idris Vane.`],
      []],
    ['the same namesake in both articles is one speaker',
      ['Dana Pell runs the ferry.', 'Dana Pell spoke first.', 'Her brother Marcus Pell listened.', `${WORDS}Pell said.`],
      ['Dana Pell inspected the pier.', `${WORDS}said Dana Pell.`],
      []],
    ['a role may be the person the other article names',
      ['Forensic expert Ilse Varga studied the cloth.', `${WORDS}Varga said.`],
      [`${WORDS}said a forensic investigator.`],
      []],
    ['two roles may be one person',
      [`${WORDS}the spokesman said.`],
      [`${WORDS}an official said.`],
      []],
    ['a document carrying the words says nothing about who spoke them',
      ['Ada Quill left a will.', `${WORDS}the filing says.`],
      ['Ada Quill left a will.', `${WORDS}Ada Quill wrote in her will.`],
      []],
    ['an organisation and a person who speaks are two speakers',
      ['Spokeswoman Ilse Varga spoke at noon.', `${WORDS}said spokeswoman Ilse Varga.`],
      [`${WORDS}the ministry said.`],
      ['Ilse Varga', 'the ministry']],
    ['a name at the head of a phrase with a determiner is that person, not a lower-case phrase',
      ['Idris Vane said the pier was safe.', `${WORDS}said the chief engineer Idris Vane.`],
      ['Dana Pell runs the ferry.', `${WORDS}said Dana Pell.`],
      ['Dana Pell', 'Idris Vane']],
    ['a name before a role is not the speaker',
      ['Dana Pell runs the ferry.', `${WORDS}said the Pell family lawyer.`],
      ['Dana Pell runs the ferry.', `${WORDS}said Dana Pell.`],
      []],
    ['a capitalised head the article names nobody by is unsure, not a phrase',
      [`${WORDS}said the Vane.`],
      ['Dana Pell runs the ferry.', `${WORDS}said Dana Pell.`],
      []],
    ['a participle after the speaker is not part of the name',
      ['Idris Vane said the pier was safe.', `${WORDS}said Vane adding: "The road opens in May."`],
      ['Dana Pell runs the ferry.', `${WORDS}said Dana Pell.`],
      ['Dana Pell', 'Idris Vane']],
    ['a grammar word alone is no speaker',
      ['Dana Pell runs the ferry.', `${WORDS}said Dana Pell.`],
      [`${WORDS}one said.`],
      []],
    ['a capitalised body is an organisation',
      ['Dana Pell runs the ferry.', `${WORDS}said Dana Pell.`],
      [`${WORDS}the Harbour Department said.`],
      ['Dana Pell', 'the department']],
    ['an organisation and a role are two speakers',
      [`${WORDS}a spokesman said.`],
      [`${WORDS}the ministry said.`],
      ['the ministry', 'the spokesman']],
  ];
  for (const [label, a, b, want] of cases) {
    it(label, () => assert.deepStrictEqual(credited(a, b), want));
  }
});

describe('quotes: grouping the renderings of one statement', () => {
  it('keeps apart two statements that one article quotes as one and another as two quotes', () => {
    const a = '"Coastal flooding has long been thought of as a problem for the old towns; this survey is a warning to every council on the river that new estates are flooding too," said Ines Marr.';
    const b = '"River flooding has long been thought of as a problem for the old towns," said Ines Marr.\n\n"This survey is a warning to every council on the river that new housing estates are flooding too," she added.';
    const { conflicts } = analyze([{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }]);
    const wording = conflicts.filter((c) => c.rule === 'quote-wording');
    assert.strictEqual(wording.length, 2, JSON.stringify(conflicts.map((c) => c.message)));
  });

  it('keeps one group for a statement an article repeats', () => {
    const a = '"The storm took the pier, the boats and half the sea wall with it," said Ines Marr.';
    const b = '"The storm took the pier, the boats and the sea wall with it," said Ines Marr.\n\nLater: "The storm took the pier, the boats and the sea wall with it," she said again.';
    const { conflicts } = analyze([{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }]);
    assert.strictEqual(conflicts.filter((c) => c.kind === 'quote').length, 1);
  });
});

describe('quotes: one remark translated or reworded twice, without a shared run of four words', () => {
  const wording = (a: string, b: string) => {
    const { conflicts } = analyze([{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }]);
    return conflicts.filter((c) => c.rule === 'quote-wording').map((c) => c.message);
  };
  const cases: [string, string, string, number][] = [
    ['one speaker, most words in line: one remark translated twice',
      'Minister Arvo Kask said the talks had failed. "We will not allow anyone to threaten our coast or our fishermen," Kask said.',
      'Minister Arvo Kask said the talks had failed. "We will not let anyone threaten our coast and our fishermen," Kask said.', 1],
    ['two speakers: not one remark',
      'Minister Arvo Kask spoke. "We will not allow anyone to threaten our coast or our fishermen," Kask said.',
      'Mayor Liis Tamm spoke. "We will not let anyone threaten our coast and our fishermen," Tamm said.', 0],
    ['one speaker, two remarks that share a few words',
      'Minister Arvo Kask spoke. "We will not allow anyone to threaten our coast or our fishermen," Kask said.',
      'Minister Arvo Kask spoke. "Our fishermen need a new harbour before anyone can threaten the coast again, and soon," Kask said.', 0],
    ['the same role on both sides may be two people',
      '"We will not allow anyone to threaten our coast or our fishermen," an official said.',
      '"We will not let anyone threaten our coast and our fishermen," an official said.', 0],
    ['a speaker unknown on one side: unsure',
      'Minister Arvo Kask spoke. "We will not allow anyone to threaten our coast or our fishermen," Kask said.',
      '"We will not let anyone threaten our coast and our fishermen," a voice said over the radio, to cheers.', 0],
  ];
  for (const [label, a, b, want] of cases) {
    it(label, () => assert.strictEqual(wording(a, b).length, want, JSON.stringify(wording(a, b))));
  }
});

describe('quotes: what a speaker phrase that names nobody says', () => {
  const cases: [string, string, string | undefined][] = [
    ['a role is a person who may be named elsewhere', 'a forensic investigator', 'role:investigator'],
    ['a plural role is the same role', 'officials', 'role:official'],
    ['a hyphenated role keeps its role', 'the Republican president-elect', 'role:president-elect'],
    ['an organisation is not a person', 'the US state department', 'thing:department'],
    ['a document says nothing about who spoke', 'the filing', undefined],
    ['a plural document says nothing either', 'court papers', undefined],
  ];
  for (const [label, phrase, want] of cases) {
    it(label, () => assert.strictEqual(phraseSpeaker(phrase), want));
  }
});

describe('quotes: who the sentence says was speaking, when nothing next to the quote does', () => {
  const reported = (text: string) => extractFacts('a.txt', text).quotes.map((q) => ({ text: q.text, speaker: q.speaker, reportedBy: q.reportedBy }));
  const cases: [string, string, { text: string; speaker?: string; reportedBy?: string }[]][] = [
    ['the subject of a speech verb earlier in the sentence', 'Pier warden Edvin T. Lund reiterated to reporters that the blame was “on the council” all along.',
      [{ text: 'on the council', speaker: undefined, reportedBy: 'Edvin T. Lund' }]],
    ['a subject set off by commas', 'A harbour spokesman, Edvin Lund, told reporters the pier was "closed for good" that night.',
      [{ text: 'closed for good', speaker: undefined, reportedBy: 'Edvin Lund' }]],
    ['a speaker named next to the quote is the speaker, not a reported one', 'Lund told reporters the pier was "closed for good," the warden said.',
      [{ text: 'closed for good', speaker: 'the warden', reportedBy: undefined }]],
    ['a quote that opens its sentence belongs to no earlier sentence', 'The pier was shut, Lund said."It stays closed," read the sign.',
      [{ text: 'It stays closed', speaker: undefined, reportedBy: undefined }]],
    ['a sentence without a speech verb reports nobody', 'Edvin Lund walked to the pier, which he called "a ruin" at dawn.',
      [{ text: 'a ruin', speaker: undefined, reportedBy: undefined }]],
  ];
  for (const [label, text, want] of cases) {
    it(label, () => assert.deepStrictEqual(reported(text), want));
  }

  it('takes a pronoun subject as the last person named', () => {
    const [q] = reported('Mayor Edvin Lund toured the pier.\n\nHe added that it was "a sad day for the port".');
    assert.deepStrictEqual(q, { text: 'a sad day for the port', speaker: undefined, reportedBy: 'Edvin Lund' });
  });
});

describe('quotes: a shorter rendering lined up end to end inside a longer one', () => {
  const framed = (a: string, b: string) => {
    const r = compareFramed(quoteWords(a), quoteWords(b));
    return r === undefined ? 'unrelated' : `${r.agree ? 'agree' : 'differ'}${r.complete ? '' : ' (content words missing)'}`;
  };
  const cases: [string, string, string, string][] = [
    ['a changed word between shared ends differs', 'blame was on the council', 'we said that the blame rests squarely on the council tonight', 'differ'],
    ['the same words are an excerpt', 'blame rests squarely on the council', 'we said that the blame rests squarely on the council tonight', 'agree'],
    ['either order', 'we said that the blame rests squarely on the council tonight', 'blame was on the council', 'differ'],
    ['a last word the other lacks: not lined up', 'blame was on the mayor', 'we said that the blame rests squarely on the council tonight', 'unrelated'],
    ['more words differ than are shared between the ends: not lined up', 'the harbour was full', 'the harbour, which we had dredged twice and widened last spring, was full', 'unrelated'],
    ['a content word of the shorter one not shared is said', 'our deepest gratitude goes to the brave crews', 'our deepest gratitude is with the crews and the volunteers', 'differ (content words missing)'],
  ];
  for (const [label, a, b, want] of cases) {
    it(label, () => assert.strictEqual(framed(a, b), want));
  }

  it('reports the words that differ, in the order given', () => {
    assert.deepStrictEqual(compareFramed(quoteWords('blame was on the council'), quoteWords('the blame rests squarely on the council'))!.changes, [['was', 'rests squarely']]);
    assert.deepStrictEqual(compareFramed(quoteWords('the blame rests squarely on the council'), quoteWords('blame was on the council'))!.changes, [['rests squarely', 'was']]);
  });
});

describe('quotes: one speaker\'s remark worded two ways, found through the speaker and the story', () => {
  const wording = (a: string, b: string) => {
    const { conflicts } = analyze([{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }]);
    return conflicts.filter((c) => c.kind === 'quote').map((c) => c.message);
  };
  const longRemark = 'B. "We cannot guess how long the repairs will take, but the blame rests squarely on the council," said port spokesman Edvin Lund.';
  const thanks = (a: string, b: string, shared = true): [string, string] => [
    `Mayor Edvin Lund spoke after the vote. ${a}${shared ? ' "We hope every family on the east shore can be back home before the first snow falls this winter."' : ''}`,
    `${b}${shared ? ' "We hope every family on the east shore can be back home before the first snow falls this winter."' : ''} The vote was close.`,
  ];
  const cases: [string, string, string, number][] = [
    ['a short quote of the same person, every content word shared: one remark',
      'A. Port spokesman Edvin Lund met reporters. Lund told reporters the harbour board felt the "blame was on the council" for the delay.', longRemark, 1],
    ['the same short quote credited to someone else: two remarks',
      'A. Harbour master Rasmus Vik met reporters. Vik told reporters the harbour board felt the "blame was on the council" for the delay.', longRemark, 0],
    ['the same short quote credited to nobody: unsure',
      'A. The harbour board felt the "blame was on the council" for the delay.', longRemark, 0],
    ['a short quote too short to be more than a stock phrase',
      'A. Port spokesman Edvin Lund met reporters. Lund told reporters it was "on the council" to act.', longRemark, 0],
    ['a reworded remark next to a remark both articles share: one remark', ...thanks(
      '"Our deepest gratitude is with the crews and the volunteers," Lund said.', '"Our deepest gratitude goes to the brave crews," said Mayor Edvin Lund.'), 1],
    ['the same two renderings with nothing shared next to them: unsure', ...thanks(
      '"Our deepest gratitude is with the crews and the volunteers," Lund said.', '"Our deepest gratitude goes to the brave crews," said Mayor Edvin Lund.', false), 0],
    ['another remark of the speaker between it and the shared one: not the same place', ...thanks(
      '"Our deepest gratitude is with the crews and the volunteers," Lund said. "The pier reopens in May," Lund said.', '"Our deepest gratitude goes to the brave crews," said Mayor Edvin Lund.'), 0],
  ];
  for (const [label, a, b, want] of cases) {
    it(label, () => assert.strictEqual(wording(a, b).length, want, JSON.stringify(wording(a, b))));
  }
});

describe('quotes: one name written with and without a space is one speaker', () => {
  const quote = (path: string, text: string, speaker: string): Quote => ({ path, start: 0, end: text.length, text, speaker });
  const names: Record<string, string> = { 'person:0': 'Ana DeSouza', 'person:1': 'Ana De Souza', 'person:2': 'Ana Desmond' };
  const conflicts = (a: string, b: string) => quoteConflicts(
    [quote('a.txt', 'We will reopen the north pier before the summer', a), quote('b.txt', 'We will reopen the north pier before the summer', b)],
    5, (q) => q.speaker, (k) => names[k],
  ).map((c) => c.rule);
  it('does not credit the same words to two spellings of one name', () => assert.deepStrictEqual(conflicts('person:0', 'person:1'), []));
  it('still credits them to two people', () => assert.deepStrictEqual(conflicts('person:0', 'person:2'), ['quote-speaker']));
});
