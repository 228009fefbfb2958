import * as assert from 'assert';
import { compareNameWords, givenNamesCompatible } from '../../src/core/names';

describe('name spellings', () => {
  const cases: [string, string, string][] = [
    ['Marek', 'Marek', 'same'],
    ['al-Hadi', 'Hadi', 'same'],
    ['McAllen', 'Mcallen', 'case'],
    ['Yuriy', 'Yurii', 'transliteration'],
    ['Aleksandr', 'Alexandr', 'typo'],
    ['Khalil', 'Halil', 'transliteration'],
    ['Nouri', 'Nuri', 'transliteration'],
    ['Mursali', 'Morsaly', 'transliteration'],
    ['Brennagh', 'Brenagh', 'transliteration'],
    ['Tamworth', 'Tamwroth', 'typo'],
    ['Fenwick', 'Fenwik', 'typo'],
    ['Bellamy', 'Bellany', 'typo'],
    ['Greiner', 'Griener', 'typo'],
    ['Sergei', 'Sergey', 'transliteration'],
    ['Oduya', 'Okafor', 'different'],
    ['Lee', 'Lea', 'different'],
    ['Warning', 'Warnings', 'different'],
    ['Abdelqadir', 'Abdulkadir', 'transliteration'],
    ['Yekaterina', 'Ekaterina', 'transliteration'],
    ['Bertolini', 'Bortelini', 'typo'],
    ['DeVries', 'De Vries', 'spacing'],
    ['Vandermeer', 'Van der Meer', 'spacing'],
    ['al-Rahmani', 'Al Rahmani', 'same'],
    ['Al-Rahmani', 'al-Rahmani', 'same'],
    ['O’Dell', "O'Dell", 'same'],
    ['Ruiz', 'Ruíz', 'same'],
  ];
  for (const [a, b, want] of cases) {
    it(`${a} / ${b} -> ${want}`, () => assert.strictEqual(compareNameWords(a, b), want));
  }

  const given: [string, string, boolean][] = [
    ['Dan', 'Daniel', true],
    ['J.', 'Jane', true],
    ['Yelena', 'Elena', true],
    ['Mark', 'Scott', false],
    ['Jon', 'Jane', false],
  ];
  for (const [a, b, want] of given) {
    it(`given names ${a} / ${b} ${want ? 'can' : 'cannot'} be one person`, () => assert.strictEqual(givenNamesCompatible(a, b), want));
  }
});
