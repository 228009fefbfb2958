import * as assert from 'assert';
import { ARTICLE_FILE_GLOB, isArticleFileName } from '../../src/core/articleFiles';

describe('article file names', () => {
  const cases: [string, boolean][] = [
    ['story.txt', true], ['Story.TXT', true], ['notes.md', true], ['wire.article', true], ['/news/flood/wire.article', true],
    ['.draft.txt', true], ['..txt', true],
    ['.txt', false], ['story.txt.bak', false], ['story.json', false], ['storytxt', false], ['story.markdown', false],
  ];
  for (const [name, want] of cases) it(`${JSON.stringify(name)} ${want ? 'is' : 'is not'} an article's name`, () => assert.strictEqual(isArticleFileName(name), want));

  it('globs the same extensions', () => assert.strictEqual(ARTICLE_FILE_GLOB, '*.{txt,md,article}'));
});
