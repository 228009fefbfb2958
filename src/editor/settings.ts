// Crosscheck's settings as plain data. A hostile or mistyped value falls back to its default (or is
// capped) with a warning, instead of hanging or crashing the analysis. No vscode import: unit-tested.
import type { ConflictKind, Severity } from '../core/types';

const KINDS: readonly ConflictKind[] = ['person', 'quote', 'number'];
/** `default` keeps each rule's own severity; `off` hides the kind's diagnostics (the views still list them). */
export type SeveritySetting = 'default' | Severity | 'off';
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['default', 'error', 'warning', 'information', 'hint', 'off'];
/**
 * What opening a .txt or .md article does with the other articles in its folder: compare them
 * (`auto`), ask first, or leave them (`never`). A folder in a code repository is never compared unasked.
 */
export type CompareFolder = 'auto' | 'ask' | 'never';
const COMPARE_FOLDER: readonly CompareFolder[] = ['auto', 'ask', 'never'];

export interface Settings {
  readonly include: string;
  readonly exclude: string;
  readonly maxFiles: number;
  readonly maxFileSizeKB: number;
  readonly compareFolder: CompareFolder;
  readonly minQuoteWords: number;
  readonly houseStyle: boolean;
  readonly followActiveEditor: boolean;
  /** Kinds of conflict reported at all. */
  readonly kinds: readonly ConflictKind[];
  readonly severity: Readonly<Record<ConflictKind, SeveritySetting>>;
  /** Quiet time after an edit before analysing, in milliseconds. */
  readonly debounceMs: number;
  /** How long the analysis worker may go without a sign of life before it is restarted. */
  readonly analysisTimeoutSeconds: number;
}

export const DEFAULTS: Settings = {
  include: '**/*.article',
  exclude: '**/{node_modules,.git,dist,out}/**',
  maxFiles: 200,
  maxFileSizeKB: 1024,
  compareFolder: 'auto',
  minQuoteWords: 5,
  houseStyle: false,
  followActiveEditor: true,
  kinds: KINDS,
  severity: { person: 'default', quote: 'default', number: 'default' },
  debounceMs: 300,
  analysisTimeoutSeconds: 30,
};

/**
 * Settings that widen which files are read, and how much of them. In Restricted Mode only the user's
 * own values count for these: a cloned repository must not point Crosscheck at files outside it.
 * Listed as `restrictedConfigurations` in package.json too.
 */
export const RESTRICTED: readonly (keyof Settings)[] = ['include', 'exclude', 'maxFiles', 'maxFileSizeKB', 'compareFolder'];

/** What a changed setting makes out of date: the files read, the analysis of them, or only how results are shown. */
export type SettingEffect = 'files' | 'analysis' | 'presentation' | 'none';

/**
 * So that a change redoes only what it must: only the settings that choose which files are read, or
 * how much of them, read files again; the engine's options re-run it on the texts already loaded;
 * the presentation ones re-publish the last result; 'none' are read where they are used, so nothing
 * is redone (following the editor starts at the next cursor move, not with a jump). A Record, so a
 * new setting cannot be added without saying which.
 */
const EFFECTS: Readonly<Record<keyof Settings, SettingEffect>> = {
  include: 'files', exclude: 'files', maxFiles: 'files', maxFileSizeKB: 'files', compareFolder: 'files',
  minQuoteWords: 'analysis', houseStyle: 'analysis',
  kinds: 'presentation', severity: 'presentation',
  followActiveEditor: 'none', debounceMs: 'none', analysisTimeoutSeconds: 'none',
};

export interface SettingsChange {
  readonly settings: Settings;
  /** The settings whose values differ from before: empty when only the warnings did. */
  readonly changed: readonly (keyof Settings)[];
  readonly effects: ReadonlySet<SettingEffect>;
}

export function settingsChange(before: Settings, after: Settings): SettingsChange {
  const changed = (Object.keys(EFFECTS) as (keyof Settings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { settings: after, changed, effects: new Set(changed.map((k) => EFFECTS[k])) };
}

export interface SettingsSource {
  get(key: string): unknown;
}

export interface CheckedSettings {
  readonly settings: Settings;
  /** One sentence per value that was not used as given, naming the setting and what was used instead. */
  readonly warnings: readonly string[];
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v) : String(v));

export function checkSettings(c: SettingsSource): CheckedSettings {
  const warnings: string[] = [];
  const warn = (key: keyof Settings | `severity.${ConflictKind}`, value: unknown, why: string, used: unknown) =>
    warnings.push(`crosscheck.${key}: ${show(value)} ${why}; using ${show(used)}.`);

  const int = (key: 'maxFiles' | 'maxFileSizeKB' | 'minQuoteWords' | 'debounceMs' | 'analysisTimeoutSeconds', lo: number, hi: number): number => {
    const v = c.get(key), fallback = DEFAULTS[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) { warn(key, v, 'is not a number', fallback); return fallback; }
    // Below the minimum (zero, negative) is a mistake, not a wish for less: the default is safer than 1.
    if (v < lo) { warn(key, v, `is below ${lo}`, fallback); return fallback; }
    if (v > hi) { warn(key, v, `is above ${hi}`, hi); return hi; }
    return Math.round(v);
  };

  const glob = (key: 'include' | 'exclude'): string => {
    const v = c.get(key), fallback = DEFAULTS[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string' || !v.trim()) { warn(key, v, 'is not a glob', fallback); return fallback; }
    if (v.length >= 1000) { warn(key, v, 'is too long for a glob', fallback); return fallback; }
    if (key === 'include') {
      const why = wideGlob(v.trim());
      if (why) { warn(key, v, why, fallback); return fallback; }
    }
    return v.trim();
  };

  const bool = (key: 'houseStyle' | 'followActiveEditor'): boolean => {
    const v = c.get(key), fallback = DEFAULTS[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') { warn(key, v, 'is not true or false', fallback); return fallback; }
    return v;
  };

  const kinds = (): readonly ConflictKind[] => {
    const v = c.get('kinds');
    if (v === undefined || v === null) return DEFAULTS.kinds;
    if (!Array.isArray(v)) { warn('kinds', v, 'is not a list', DEFAULTS.kinds.join(', ')); return DEFAULTS.kinds; }
    const unknown = v.filter((k) => !(KINDS as readonly unknown[]).includes(k));
    // An empty list is a deliberate "check nothing"; unknown entries are dropped.
    const known = KINDS.filter((k) => v.includes(k));
    if (unknown.length) warn('kinds', unknown.join(', '), 'is not a kind (person, quote, number)', known.join(', ') || 'none');
    return known;
  };

  const severity = (kind: ConflictKind): SeveritySetting => {
    const v = c.get(`severity.${kind}`);
    if (v === undefined || v === null) return 'default';
    if (!SEVERITY_SETTINGS.includes(v as SeveritySetting)) { warn(`severity.${kind}`, v, 'is not a severity', 'default'); return 'default'; }
    return v as SeveritySetting;
  };

  const compareFolder = (): CompareFolder => {
    const v = c.get('compareFolder');
    if (v === undefined || v === null) return DEFAULTS.compareFolder;
    if (!COMPARE_FOLDER.includes(v as CompareFolder)) { warn('compareFolder', v, 'is not auto, ask or never', DEFAULTS.compareFolder); return DEFAULTS.compareFolder; }
    return v as CompareFolder;
  };

  const settings: Settings = {
    include: glob('include'),
    exclude: glob('exclude'),
    maxFiles: int('maxFiles', 1, 5000),
    maxFileSizeKB: int('maxFileSizeKB', 1, 65536),
    compareFolder: compareFolder(),
    minQuoteWords: int('minQuoteWords', 1, 50),
    houseStyle: bool('houseStyle'),
    followActiveEditor: bool('followActiveEditor'),
    kinds: kinds(),
    severity: { person: severity('person'), quote: severity('quote'), number: severity('number') },
    debounceMs: int('debounceMs', 0, 5000),
    analysisTimeoutSeconds: int('analysisTimeoutSeconds', 2, 600),
  };
  return { settings, warnings };
}

/**
 * Why an include glob would read far more than articles, or undefined if it is fine: one that
 * leaves the workspace (absolute, `..`, `~`) or that matches every file whatever its name.
 */
function wideGlob(g: string): string | undefined {
  if (/^(?:[/\\~]|[a-z]:)/i.test(g) || /(?:^|[/\\])\.\.(?:[/\\]|$)/.test(g)) return 'reaches outside the workspace';
  const last = g.split(/[/\\]/).pop()!;
  if (/^[*?.{},]*$/.test(last)) return 'matches every file, not only articles';
  return undefined;
}

/** What `WorkspaceConfiguration.inspect` returns, as far as this module needs it. */
export interface Inspected {
  readonly defaultValue?: unknown;
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

export interface InspectableSource extends SettingsSource {
  inspect(key: string): Inspected | undefined;
}

/**
 * The settings as Restricted Mode allows: for the RESTRICTED keys of an untrusted workspace, the
 * user's value or the default, never the workspace's. Reports each workspace value it ignores.
 */
export function trustedSource(c: InspectableSource, trusted: boolean): { source: SettingsSource; ignored: string[] } {
  if (trusted) return { source: c, ignored: [] };
  const ignored = RESTRICTED.filter((k) => {
    const i = c.inspect(k);
    return i?.workspaceValue !== undefined || i?.workspaceFolderValue !== undefined;
  }).map((k) => `crosscheck.${k}: the workspace's value is ignored in Restricted Mode; trust this workspace to use it.`);
  const source: SettingsSource = {
    get: (key) => {
      if (!(RESTRICTED as readonly string[]).includes(key)) return c.get(key);
      const i = c.inspect(key);
      return i?.globalValue ?? i?.defaultValue;
    },
  };
  return { source, ignored };
}
