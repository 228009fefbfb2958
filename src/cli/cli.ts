// Command-line report over the engine: `crosscheck [--format json|text|markdown] FILE|FOLDER|GLOB...`.
import * as fs from 'fs';
import { parseArgs } from 'util';
import { AcceptedVariant, hideAccepted, parseAccepted } from '../core/accepted';
import { analyze, toMarkdown, toReport, toText } from '../core';
import { decodeArticle } from '../core/decode';
import { expandPaths } from './expandPaths';

const USAGE = 'usage: crosscheck [--format json|text|markdown] [--min-quote-words N] [--house-style] [--max-size-kb N] [--accepted FILE] FILE|FOLDER|GLOB...';
const FORMATS = ['json', 'text', 'markdown'];
const HELP = `${USAGE}

Compares news articles about one event and reports quotes, names and figures that disagree.

  --format json|text|markdown  report format (default text)
  --min-quote-words N          quotes shorter than N words are never compared (default 5)
  --house-style                also report house-style name variants ("Assad" / "al-Assad")
  --max-size-kb N              analyse only the first N KB of a larger file (default 1024, as
                               the editor's crosscheck.maxFileSizeKB)
  --accepted FILE              do not report the variants accepted in FILE (the editor's .crosscheck.json)

A FOLDER stands for the .txt, .md and .article files in it and its subfolders, in name order,
leaving out node_modules and dot-folders (.git, .vscode). A GLOB ('articles/**/*.txt', quoted so the
shell leaves it alone) stands for the files it matches, outside node_modules and dot-folders. A file
named twice is read once.

Files that cannot be read (no permission, a binary file) are reported on stderr and skipped; the
others are still compared.

Exit status:
  0  no conflict found
  1  conflicts found
  2  usage error: unknown option, bad value, a file that does not exist, a glob that matches no
     file, or no readable file`;

function fail(message: string): never {
  // parseArgs's messages run on with advice about '--': the first sentence is the one that matters.
  process.stderr.write(`crosscheck: ${message.split(/(?<=\.)\s/)[0].replace(/\n/g, ' ')}\n${USAGE}\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'min-quote-words': { type: 'string', default: '5' },
        'house-style': { type: 'boolean', default: false },
        // The editor's default too (crosscheck.maxFileSizeKB), so a file gives the same report in
        // both; the analysis costs about what compromise's parse of the text does, about ten
        // seconds a megabyte here, so a larger default would hold a terminal for a minute.
        'max-size-kb': { type: 'string', default: '1024' },
        accepted: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(`${HELP}\n`); return 0; }
  if (!FORMATS.includes(values.format!)) fail(`--format must be json, text or markdown, not "${values.format}"`);
  const minQuoteWords = Number(values['min-quote-words']);
  if (!Number.isInteger(minQuoteWords) || minQuoteWords < 1) fail('--min-quote-words must be a whole number of 1 or more');
  const maxKb = Number(values['max-size-kb']);
  if (!(maxKb > 0) || !Number.isFinite(maxKb)) fail('--max-size-kb must be a positive number');
  let accepted: AcceptedVariant[] = [];
  if (values.accepted !== undefined) {
    let text: string;
    try { text = fs.readFileSync(values.accepted, 'utf8'); } catch (e) { fail(`--accepted ${values.accepted}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`); }
    const parsed = parseAccepted(text);
    if (!parsed.ok) fail(`--accepted ${values.accepted}: ${parsed.reason}`);
    accepted = parsed.accepted;
  }
  if (positionals.length === 0) fail('no files given');
  const expanded = expandPaths(positionals);
  if (!expanded.ok) fail(expanded.reason);
  for (const note of expanded.notes) process.stderr.write(`crosscheck: ${note}\n`);

  const texts = new Map<string, string>();
  const skip = (file: string, why: string) => process.stderr.write(`crosscheck: skipped ${file}: ${why}\n`);
  for (const file of expanded.files) {
    let bytes: Buffer;
    try {
      bytes = readHead(file, Math.ceil(maxKb * 1024));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      skip(file, code === 'EISDIR' ? 'a directory, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message);
      continue;
    }
    const decoded = decodeArticle(bytes, maxKb * 1024);
    if (!decoded.ok) { skip(file, decoded.reason); continue; }
    if (decoded.warning) process.stderr.write(`crosscheck: ${file}: ${decoded.warning}${decoded.partial ? ' (--max-size-kb N to analyse more)' : ''}\n`);
    texts.set(file, decoded.text);
  }
  if (texts.size === 0) fail('no readable files');
  const found = analyze([...texts].map(([path, text]) => ({ path, text })), { minQuoteWords, houseStyle: values['house-style'] });
  const analysis = { ...found, conflicts: hideAccepted(found.conflicts, accepted) };
  const textOf = (p: string) => texts.get(p) ?? '';
  const out = values.format === 'json' ? `${JSON.stringify(toReport(analysis), null, 2)}\n`
    : values.format === 'markdown' ? toMarkdown(analysis, textOf)
      : `${toText(analysis, textOf)}\n`;
  process.stdout.write(out);
  return analysis.conflicts.length > 0 ? 1 : 0;
}

/** The first `max` bytes and one more (so the decoder knows the file was longer), never the whole of a huge file. */
function readHead(file: string, max: number): Buffer {
  // Non-blocking, so a named pipe given by mistake is refused instead of waiting for a writer forever.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new Error('not a regular file');
    const buf = Buffer.alloc(Math.min(max, stat.size) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = fs.readSync(fd, buf, n, buf.length - n, null)) > 0;) n += r;
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

process.exitCode = main(process.argv.slice(2));
