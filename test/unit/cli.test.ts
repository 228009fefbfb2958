import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: string | Buffer) => { const p = path.join(dir, name); fs.writeFileSync(p, data); return p; };

  it('prints the JSON report and exits 1 when the samples disagree', () => {
    const files = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.article')).map((f) => `samples/${f}`);
    const r = run('--format', 'json', ...files);
    assert.strictEqual(r.code, 1, r.err);
    const report = JSON.parse(r.out);
    assert.strictEqual(report.version, 1);
    assert.deepStrictEqual(report.articles.map((a: { path: string }) => a.path), files);
    assert.deepStrictEqual(report.conflicts.map((c: { kind: string }) => c.kind).sort(), ['number', 'person', 'quote', 'quote']);
    for (const c of report.conflicts) {
      assert.ok(c.occurrences.length >= 2);
      for (const o of c.occurrences) assert.strictEqual(fs.readFileSync(path.join(ROOT, o.path), 'utf8').slice(o.start, o.end), o.text);
    }
  });

  it('leaves out the variants accepted in a .crosscheck.json, and refuses a malformed one', () => {
    const a = write('pier-a.txt', 'Pier news\n\nMayor Ada Quist said the pier would reopen.');
    const b = write('pier-b.txt', 'Pier news\n\nMayor Ada Qvist said the pier would reopen.');
    assert.strictEqual(run('--format', 'json', a, b).code, 1);
    const ok = write('accepted.json', JSON.stringify({ acceptedVariants: [{ kind: 'person', variants: ['Ada Quist', 'Ada Qvist'] }] }));
    const r = run('--format', 'json', '--accepted', ok, a, b);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(JSON.parse(r.out).conflicts, []);
    const bad = run('--accepted', write('broken.json', '{ "acceptedVariants": ['), a, b);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /^crosscheck: --accepted .*broken\.json: it is not valid JSON/);
  });

  it('counts offsets from the start of the file, byte-order mark included', () => {
    const a = write('bom.txt', '\uFEFFMayor Ada Quist said the pier would reopen.');
    const b = write('plain.txt', 'Mayor Ada Qvist said the pier would reopen.');
    const report = JSON.parse(run('--format', 'json', a, b).out);
    const o = report.conflicts[0].occurrences.find((x: { path: string }) => x.path === a);
    assert.strictEqual(o.start, 7);
    assert.strictEqual(fs.readFileSync(a, 'utf8').slice(o.start, o.end), 'Ada Quist');
  });

  it('prints a grouped text summary by default', () => {
    const r = run('samples/01-harlow-gazette.article', 'samples/02-valley-courier.article');
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /^Crosscheck: 2 articles, \d+ conflicts/);
    assert.match(r.out, /\nNames \(1\)\n/);
    assert.match(r.out, /samples\/02-valley-courier\.article:5:7 {2}Ines Carvahlo/);
  });

  it('prints a Markdown report with the same conflicts as the JSON report', () => {
    const files = ['samples/01-harlow-gazette.article', 'samples/02-valley-courier.article'];
    const json = JSON.parse(run('--format', 'json', ...files).out);
    const r = run('--format', 'markdown', ...files);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^# Crosscheck report\n\n2 articles, \d+ conflicts\.\n/);
    assert.strictEqual((r.out.match(/^\*\*.*\*\* \((name|quote|figure), \w+\)$/gm) ?? []).length, json.conflicts.length);
    assert.match(r.out, /^- `samples\/02-valley-courier\.article:5:7`: Ines Carvahlo$/m);
    assert.ok(r.out.endsWith('\n') && !r.out.endsWith('\n\n'));
  });

  it('exits 0 when nothing disagrees', () => {
    const a = write('same1.txt', 'Nothing much happened in the quiet village today.');
    assert.strictEqual(run(a, a).code, 0);
  });

  const usageErrors: [string, () => string[], RegExp][] = [
    ['no files', () => [], /^crosscheck: no files given$/],
    ['an unknown format', () => ['--format', 'xml', 'samples/01-harlow-gazette.article'], /^crosscheck: --format must be json, text or markdown, not "xml"$/],
    ['an unknown option', () => ['--colour', 'samples/01-harlow-gazette.article'], /^crosscheck: Unknown option '--colour'\.$/],
    ['an option without its value', () => ['samples/01-harlow-gazette.article', '--format'], /^crosscheck: Option '--format <value>' argument missing$/],
    ['a negative size limit', () => ['--max-size-kb', '-3', 'samples/01-harlow-gazette.article'], /^crosscheck: Option '--max-size-kb' argument is ambiguous\.$/],
    ['a size limit that is not a number', () => ['--max-size-kb=lots', 'samples/01-harlow-gazette.article'], /^crosscheck: --max-size-kb must be a positive number$/],
    ['a missing file', () => [path.join(dir, 'nope.txt')], /^crosscheck: .*nope\.txt: no such file$/],
    ['a missing file among readable ones', () => ['samples/01-harlow-gazette.article', path.join(dir, 'nope.txt'), 'samples/02-valley-courier.article'], /nope\.txt: no such file$/],
    ['only unreadable files', () => [write('only.bin', Buffer.from([0, 1, 2, 0]))], /^crosscheck: no readable files$/],
    ['a glob that matches no file', () => [path.join(dir, 'nothing-*.txt')], /^crosscheck: .*nothing-\*\.txt: no file matches this pattern$/],
  ];
  for (const [label, args, message] of usageErrors) {
    it(`exits 2 with a one-line message and the usage on ${label}`, () => {
      const r = run(...args());
      assert.strictEqual(r.code, 2);
      const lines = r.err.trimEnd().split('\n');
      assert.match(lines[lines.length - 2], message);
      assert.match(lines[lines.length - 1], /^usage: crosscheck /);
      assert.strictEqual(r.out, '', 'no partial report');
    });
  }

  const unreadable: [string, () => string, RegExp][] = [
    ['a binary file with a text extension', () => write('img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), /^crosscheck: skipped .*img\.txt: binary file, not text$/m],
  ];
  for (const [label, file, message] of unreadable) {
    it(`reports and skips ${label}, and still compares the other files`, () => {
      const r = run('--format', 'json', 'samples/01-harlow-gazette.article', file(), 'samples/02-valley-courier.article');
      assert.strictEqual(r.code, 1, r.err);
      assert.match(r.err, message);
      assert.deepStrictEqual(JSON.parse(r.out).articles.map((a: { path: string }) => a.path), ['samples/01-harlow-gazette.article', 'samples/02-valley-courier.article']);
    });
  }

  describe('folders and globs', () => {
    let tree: string;
    const put = (rel: string, text: string) => {
      const p = path.join(tree, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    };
    before(() => {
      tree = path.join(dir, 'tree');
      put('b-second.md', 'Ferry news\n\nHarbourmaster Ada Quist said the ferry would run again.');
      put('a-first.txt', 'Ferry news\n\nHarbourmaster Ada Qvist said the ferry would run again.');
      put('c-third.article', 'Ferry news\n\nThe ferry runs again on Monday.');
      put('notes.json', '{"not": "an article"}');
      put('sub/d-fourth.txt', 'Ferry news\n\nAda Quist, the harbourmaster, spoke.');
      put('node_modules/pkg/readme.txt', 'Harbourmaster Ada Quiste said nothing at all.');
      put('.drafts/e.txt', 'Harbourmaster Ada Quistt said nothing at all.');
      fs.mkdirSync(path.join(tree, 'empty'));
    });
    const articles = (r: { out: string }) => JSON.parse(r.out).articles.map((a: { path: string }) => path.relative(tree, a.path));

    it('reads a folder as its .txt, .md and .article files in name order, leaving out node_modules and dot-folders', () => {
      const r = run('--format', 'json', tree);
      assert.strictEqual(r.code, 1, r.err);
      assert.deepStrictEqual(articles(r), ['a-first.txt', 'b-second.md', 'c-third.article', path.join('sub', 'd-fourth.txt')]);
      const names = JSON.parse(r.out).conflicts.flatMap((c: { occurrences: { text: string }[] }) => c.occurrences.map((o) => o.text));
      assert.ok(names.includes('Ada Qvist') && names.includes('Ada Quist'), names.join(', '));
      assert.ok(!names.some((n: string) => /Quiste|Quistt/.test(n)), 'nothing from node_modules or a dot-folder');
    });

    it('gives the same report for a folder as for its files named one by one', () => {
      const byFolder = run('--format', 'json', tree);
      const files = ['a-first.txt', 'b-second.md', 'c-third.article', 'sub/d-fourth.txt'].map((f) => path.join(tree, f));
      const byFiles = run('--format', 'json', ...files);
      assert.strictEqual(byFolder.code, byFiles.code);
      assert.deepStrictEqual(JSON.parse(byFolder.out), JSON.parse(byFiles.out));
    });

    it('expands a quoted glob, outside node_modules and dot-folders, and reads a file named twice once', () => {
      const r = run('--format', 'json', path.join(tree, '**', '*.txt'), path.join(tree, 'a-first.txt'));
      assert.strictEqual(r.code, 1, r.err);
      assert.deepStrictEqual(articles(r), ['a-first.txt', path.join('sub', 'd-fourth.txt')]);
    });

    it('notes a folder without articles on stderr and still compares the rest', () => {
      const r = run('--format', 'json', path.join(tree, 'empty'), path.join(tree, 'a-first.txt'), path.join(tree, 'b-second.md'));
      assert.strictEqual(r.code, 1, r.err);
      assert.match(r.err, /^crosscheck: .*empty: no \.txt, \.md, \.article files in this folder$/m);
      assert.deepStrictEqual(articles(r), ['a-first.txt', 'b-second.md']);
    });

    it('says in --help what a folder and a glob stand for', () => {
      const r = run('--help');
      assert.match(r.out, /A FOLDER stands for the \.txt, \.md and \.article files in it/);
      assert.match(r.out, /node_modules and dot-folders/);
    });
  });

  it('analyses only the start of a file over the size limit, and says so', () => {
    const big = write('big.txt', `${'Mayor Ada Quist said the pier would reopen.\n'.repeat(20)}${'filler words '.repeat(400)}`);
    const small = write('small.txt', 'Mayor Ada Qvist said the pier would reopen.');
    const r = run('--format', 'json', '--max-size-kb', '1', big, small);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.err, /big\.txt: only the first 1 KB analysed/);
    const report = JSON.parse(r.out);
    const inBig = report.conflicts.flatMap((c: { occurrences: { path: string; end: number }[] }) => c.occurrences).filter((o: { path: string }) => o.path === big);
    assert.ok(inBig.length > 0);
    assert.ok(inBig.every((o: { end: number }) => o.end <= 1024));
  });

  it('analyses the first 1024 KB of a file by default, as the editor does, and names the option that reads more', () => {
    // Blank lines cost nothing to analyse: a name just inside the limit, its misspelling just past it.
    const big = write('long.txt', `Mayor Ada Quist said the pier would reopen.\n${'\n'.repeat(1000 << 10)}Mayor Ada Quist spoke again.\n${'\n'.repeat(30 << 10)}Mayor Ada Qvist said the pier would reopen.\n`);
    const small = write('brief.txt', 'Mayor Ada Quist said the pier would reopen.\n');
    const r = run('--format', 'json', big, small);
    assert.strictEqual(r.code, 0, 'the misspelling past 1024 KB is not read');
    assert.match(r.err, /long\.txt: only the first 1024 KB analysed \(--max-size-kb N to analyse more\)/);
    const more = run('--format', 'json', '--max-size-kb', '2048', big, small);
    assert.strictEqual(more.code, 1, 'with a larger limit it is');
    assert.doesNotMatch(more.err, /analysed/);
  });

  it('reads only the head of a file of megabytes over the limit: the message, and offsets into the file', function () {
    // No timing asserted (the bench has those); the time allowed only keeps a loaded machine from failing it.
    this.timeout(60000);
    // Eight megabytes of varied invented paragraphs; only the first 64 KB may be read and analysed.
    const paragraph = (i: number) => `Harbour master Ada Quist${i % 7 ? '' : 'e'} said ${i + 3} boats sank near pier ${i}. "We moved pier ${i} boats into the inner basin before midnight," Quist said.\n\n`;
    const chunks: string[] = [];
    for (let i = 0, size = 0; size < 8 << 20; i++) { const p = paragraph(i); chunks.push(p); size += p.length; }
    const big = write('huge.txt', chunks.join(''));
    const small = write('short.txt', 'Harbour master Ada Quist said 2 boats sank near pier 1.\n');
    const r = run('--format', 'json', '--max-size-kb', '64', big, small);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    assert.match(r.err, /huge\.txt: only the first 64 KB analysed/);
    const text = fs.readFileSync(big, 'utf8');
    const report = JSON.parse(r.out);
    const inBig = report.conflicts.flatMap((c: { occurrences: { path: string; start: number; end: number; text: string }[] }) => c.occurrences).filter((o: { path: string }) => o.path === big);
    assert.ok(inBig.length > 0);
    for (const o of inBig) {
      assert.ok(o.end <= 64 * 1024, `${o.end}`);
      assert.strictEqual(text.slice(o.start, o.end), o.text);
    }
  });

  it('reports and skips a file it has no permission to read', function () {
    // Root reads every file whatever its mode, so there is nothing to test as root.
    if (process.getuid?.() === 0 || process.platform === 'win32') this.skip();
    const locked = write('locked.txt', 'Mayor Ada Quist said the pier would reopen.');
    fs.chmodSync(locked, 0o000);
    const r = run('--format', 'json', 'samples/01-harlow-gazette.article', locked);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /^crosscheck: skipped .*locked\.txt: permission denied$/m);
  });

  it('documents the exit codes in --help', () => {
    const r = run('--help');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /Exit status:\n {2}0 {2}no conflict found\n {2}1 {2}conflicts found\n {2}2 {2}usage error/);
  });

  it('reads Windows-1252 text with a warning instead of failing', () => {
    const f = write('latin.txt', Buffer.from('Caf\xe9 owner Ren\xe9 Aubert reopened.', 'latin1'));
    const r = run(f, f);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /not valid UTF-8/);
  });
});
