// Crosscheck's settings as plain data, clamped to sane ranges so a hostile or mistyped value
// degrades to a default instead of hanging or crashing the analysis. No vscode import: unit-tested.

export interface Settings {
  readonly include: string;
  readonly exclude: string;
  readonly maxFiles: number;
  readonly maxFileSizeKB: number;
  readonly minQuoteWords: number;
  readonly houseStyle: boolean;
  readonly followActiveEditor: boolean;
}

const DEFAULTS: Settings = {
  include: '**/*.article',
  exclude: '**/{node_modules,.git,dist,out}/**',
  maxFiles: 200,
  maxFileSizeKB: 1024,
  minQuoteWords: 5,
  houseStyle: false,
  followActiveEditor: true,
};

function clampInt(v: unknown, lo: number, hi: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback;
}

function glob(v: unknown, fallback: string): string {
  return typeof v === 'string' && v.trim() && v.length < 1000 ? v.trim() : fallback;
}

export function readSettings(c: { get(key: string): unknown }): Settings {
  return {
    include: glob(c.get('include'), DEFAULTS.include),
    exclude: glob(c.get('exclude'), DEFAULTS.exclude),
    maxFiles: clampInt(c.get('maxFiles'), 1, 5000, DEFAULTS.maxFiles),
    maxFileSizeKB: clampInt(c.get('maxFileSizeKB'), 1, 65536, DEFAULTS.maxFileSizeKB),
    minQuoteWords: clampInt(c.get('minQuoteWords'), 1, 50, DEFAULTS.minQuoteWords),
    houseStyle: c.get('houseStyle') === true,
    followActiveEditor: c.get('followActiveEditor') !== false,
  };
}
