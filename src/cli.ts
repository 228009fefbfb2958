// Command-line report over the engine: `crosscheck [--format json|text|markdown] FILE...`.
// Exit codes: 0 no conflict, 1 conflicts found, 2 usage error or unreadable input.
import * as fs from 'fs';
import { parseArgs } from 'util';
import { analyze, toMarkdown, toReport, toText } from './core';
import { decodeArticle } from './core/decode';

const USAGE = 'usage: crosscheck [--format json|text|markdown] [--min-quote-words N] [--house-style] [--max-size-kb N] FILE...';

const FORMATS = ['json', 'text', 'markdown'];

function fail(message: string): never {
  process.stderr.write(`crosscheck: ${message}\n`);
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
        'max-size-kb': { type: 'string', default: '4096' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  if (!FORMATS.includes(values.format!)) fail(`--format must be json, text or markdown, not "${values.format}"`);
  const minQuoteWords = Number(values['min-quote-words']);
  if (!Number.isInteger(minQuoteWords) || minQuoteWords < 1) fail('--min-quote-words must be a whole number of 1 or more');
  const maxKb = Number(values['max-size-kb']);
  if (!(maxKb > 0)) fail('--max-size-kb must be a positive number');
  if (positionals.length === 0) fail(`no files given\n${USAGE}`);

  const texts = new Map<string, string>();
  for (const file of positionals) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
    const decoded = decodeArticle(bytes, maxKb * 1024);
    if (!decoded.ok) fail(`cannot read ${file}: ${decoded.reason}`);
    if (decoded.warning) process.stderr.write(`crosscheck: ${file}: ${decoded.warning}\n`);
    texts.set(file, decoded.text);
  }
  const analysis = analyze([...texts].map(([path, text]) => ({ path, text })), { minQuoteWords, houseStyle: values['house-style'] });
  const textOf = (p: string) => texts.get(p) ?? '';
  const out = values.format === 'json' ? `${JSON.stringify(toReport(analysis), null, 2)}\n`
    : values.format === 'markdown' ? toMarkdown(analysis, textOf)
      : `${toText(analysis, textOf)}\n`;
  process.stdout.write(out);
  return analysis.conflicts.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
