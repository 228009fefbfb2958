import * as assert from 'assert';
import { checkSettings, DEFAULTS, Inspected, RESTRICTED, Settings, settingsChange, trustedSource } from '../../src/editor/settings';

const from = (values: Record<string, unknown>) => checkSettings({ get: (k: string) => values[k] });

describe('settings', () => {
  it('uses the defaults without a warning when nothing is set', () => {
    const { settings, warnings } = from({});
    assert.deepStrictEqual(settings, {
      include: '**/*.article', exclude: '**/{node_modules,.git,dist,out}/**', maxFiles: 200, maxFileSizeKB: 1024, compareFolder: 'auto', minQuoteWords: 5, houseStyle: false, followActiveEditor: true,
      kinds: ['person', 'quote', 'number'], severity: { person: 'default', quote: 'default', number: 'default' },
      debounceMs: 300, analysisTimeoutSeconds: 30,
    });
    assert.deepStrictEqual(warnings, []);
  });

  it('keeps sensible values as given, without a warning', () => {
    const given = { include: '**/*.{txt,md}', exclude: 'drafts/**', maxFiles: 40, maxFileSizeKB: 64, compareFolder: 'ask', minQuoteWords: 3, houseStyle: true, followActiveEditor: false, debounceMs: 0, analysisTimeoutSeconds: 5,
      kinds: ['quote'], severity: { person: 'off', quote: 'information', number: 'default' } };
    const { settings, warnings } = from({ ...given, 'severity.person': 'off', 'severity.quote': 'information' });
    assert.deepStrictEqual(settings, given);
    assert.deepStrictEqual(warnings, []);
  });

  // [label, values, what is used instead, the warning that names it]
  const hostile: [string, Record<string, unknown>, Partial<Settings>, RegExp][] = [
    ['a negative file limit falls back to the default', { maxFiles: -5 }, { maxFiles: 200 }, /^crosscheck\.maxFiles: -5 is below 1; using 200\.$/],
    ['a zero size limit falls back to the default', { maxFileSizeKB: 0 }, { maxFileSizeKB: 1024 }, /maxFileSizeKB: 0 is below 1; using 1024/],
    ['a huge file limit is capped', { maxFiles: 1e12 }, { maxFiles: 5000 }, /maxFiles: 1000000000000 is above 5000; using 5000/],
    ['a string where a number belongs falls back', { minQuoteWords: 'many' }, { minQuoteWords: 5 }, /minQuoteWords: "many" is not a number; using 5/],
    ['NaN falls back', { maxFileSizeKB: NaN }, { maxFileSizeKB: 1024 }, /maxFileSizeKB: NaN is not a number/],
    ['a negative debounce falls back to the default', { debounceMs: -100 }, { debounceMs: 300 }, /debounceMs: -100 is below 0; using 300/],
    ['a timeout too short to finish anything falls back', { analysisTimeoutSeconds: 0.5 }, { analysisTimeoutSeconds: 30 }, /analysisTimeoutSeconds: 0.5 is below 2; using 30/],
    ['Infinity falls back', { minQuoteWords: Infinity }, { minQuoteWords: 5 }, /minQuoteWords: Infinity is not a number/],
    ['an empty glob falls back', { include: '   ' }, { include: '**/*.article' }, /include: "   " is not a glob; using "\*\*\/\*\.article"/],
    ['a non-string glob falls back', { exclude: 42 }, { exclude: DEFAULTS.exclude }, /exclude: 42 is not a glob/],
    ['a glob from the root of the disk falls back', { include: '/**/*.txt' }, { include: '**/*.article' }, /include: "\/\*\*\/\*\.txt" reaches outside the workspace/],
    ['a Windows drive glob falls back', { include: 'C:/**' }, { include: '**/*.article' }, /reaches outside the workspace/],
    ['a glob climbing out of the folder falls back', { include: '../../**/*.md' }, { include: '**/*.article' }, /reaches outside the workspace/],
    ['a glob matching every file falls back', { include: '**/*' }, { include: '**/*.article' }, /include: "\*\*\/\*" matches every file/],
    ['a bare double star falls back', { include: '**' }, { include: '**/*.article' }, /matches every file/],
    ['a house style that is not a boolean is off', { houseStyle: 'yes' }, { houseStyle: false }, /houseStyle: "yes" is not true or false; using false/],
    ['following the editor stays on unless set to false', { followActiveEditor: 0 }, { followActiveEditor: true }, /followActiveEditor: 0 is not true or false; using true/],
    ['kinds that are not a list are all checked', { kinds: 'person' }, {}, /kinds: "person" is not a list; using "person, quote, number"/],
    ['an unknown folder policy compares folders of articles', { compareFolder: 'always' }, { compareFolder: 'auto' }, /compareFolder: "always" is not auto, ask or never; using "auto"/],
    ['an unknown severity keeps the rule\'s own', { 'severity.number': 'loud' }, {}, /severity\.number: "loud" is not a severity; using "default"/],
  ];
  for (const [label, values, want, warning] of hostile) {
    it(`${label}, with a warning`, () => {
      const { settings, warnings } = from(values);
      for (const [k, v] of Object.entries(want)) assert.strictEqual(settings[k as keyof typeof settings], v, k);
      assert.strictEqual(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], warning);
    });
  }

  it('keeps only known kinds, in a fixed order, naming the unknown ones, and an empty list checks nothing', () => {
    const { settings, warnings } = from({ kinds: ['number', 'person', 'gossip'] });
    assert.deepStrictEqual(settings.kinds, ['person', 'number']);
    assert.deepStrictEqual(warnings, ['crosscheck.kinds: "gossip" is not a kind (person, quote, number); using "person, number".']);
    assert.deepStrictEqual(from({ kinds: [] }), { settings: { ...DEFAULTS, kinds: [] }, warnings: [] });
  });

  it('rounds fractions without a warning', () => {
    assert.deepStrictEqual(from({ minQuoteWords: 6.6 }), { settings: { ...DEFAULTS, minQuoteWords: 7 }, warnings: [] });
  });

  it('reports every bad value, not only the first', () => {
    assert.strictEqual(from({ maxFiles: -1, include: '**', houseStyle: 1 }).warnings.length, 3);
  });
});

describe('settings in Restricted Mode', () => {
  const config = (values: Record<string, Inspected>) => ({
    get: (k: string) => { const i = values[k] ?? {}; return i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue ?? i.defaultValue; },
    inspect: (k: string) => values[k],
  });
  const workspaceWidens = config({
    include: { defaultValue: '**/*.article', workspaceValue: '**/*.log' },
    maxFileSizeKB: { defaultValue: 1024, globalValue: 2048, workspaceFolderValue: 65536 },
    minQuoteWords: { defaultValue: 5, workspaceValue: 3 },
  });

  it('ignores workspace values of the settings that choose which files are read, and says so', () => {
    const { source, ignored } = trustedSource(workspaceWidens, false);
    const { settings } = checkSettings(source);
    assert.strictEqual(settings.include, '**/*.article');
    assert.strictEqual(settings.maxFileSizeKB, 2048, "the user's own value still counts");
    assert.deepStrictEqual(ignored.map((w) => w.split(':')[0]), ['crosscheck.include', 'crosscheck.maxFileSizeKB']);
    assert.match(ignored[0], /ignored in Restricted Mode; trust this workspace to use it/);
  });

  it('keeps workspace values of settings that only change how articles are compared', () => {
    assert.strictEqual(checkSettings(trustedSource(workspaceWidens, false).source).settings.minQuoteWords, 3);
  });

  it('uses workspace values once the workspace is trusted', () => {
    const { source, ignored } = trustedSource(workspaceWidens, true);
    const { settings } = checkSettings(source);
    assert.deepStrictEqual([settings.include, settings.maxFileSizeKB, ignored], ['**/*.log', 65536, []]);
  });
});

describe('what a settings change makes out of date', () => {
  const after = (values: Record<string, unknown>) => settingsChange(DEFAULTS, from(values).settings);
  // [label, changed values, the settings it names, what it makes out of date]
  const cases: [string, Record<string, unknown>, string[], string[]][] = [
    ['a severity only re-publishes', { 'severity.quote': 'error' }, ['severity'], ['presentation']],
    ['the kinds checked only re-publish', { kinds: ['person'] }, ['kinds'], ['presentation']],
    ['following the editor redoes nothing now', { followActiveEditor: false }, ['followActiveEditor'], ['none']],
    ['the quote length re-runs the analysis', { minQuoteWords: 8 }, ['minQuoteWords'], ['analysis']],
    ['house style re-runs the analysis', { houseStyle: true }, ['houseStyle'], ['analysis']],
    ['the size limit reads files again', { maxFileSizeKB: 64 }, ['maxFileSizeKB'], ['files']],
    ['the include glob reads files again', { include: '**/*.txt' }, ['include'], ['files']],
    ['the folder policy reads files again', { compareFolder: 'never' }, ['compareFolder'], ['files']],
    ['the debounce redoes nothing now', { debounceMs: 50 }, ['debounceMs'], ['none']],
    ['two at once make both out of date', { minQuoteWords: 8, 'severity.person': 'off' }, ['minQuoteWords', 'severity'], ['analysis', 'presentation']],
    ['a hostile value that falls back to the default changes nothing', { maxFiles: -3 }, [], []],
  ];
  for (const [label, values, changed, effects] of cases) {
    it(label, () => {
      const c = after(values);
      assert.deepStrictEqual([[...c.changed].sort(), [...c.effects].sort()], [changed.sort(), effects.sort()]);
    });
  }

  it('rescans for every setting Restricted Mode guards, since those choose which files are read', () => {
    const widened: Record<string, unknown> = { include: '**/*.txt', exclude: 'drafts/**', maxFiles: 7, maxFileSizeKB: 64, compareFolder: 'never' };
    for (const k of RESTRICTED) assert.deepStrictEqual([...after({ [k]: widened[k] }).effects], ['files'], k);
  });
});
