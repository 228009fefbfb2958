import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RESTRICTED } from '../../src/editor/settings';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface SettingSchema {
  type?: string | string[];
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  minimum?: number;
  maximum?: number;
}
const settings = Object.entries(manifest.contributes.configuration.properties as Record<string, SettingSchema>);

/** Rows of the README's settings table: setting name and the default as written (inside backticks). */
function readmeSettings(): Map<string, string> {
  const section = /^## Settings\n([\s\S]*?)(?=^## )/m.exec(readme);
  assert.ok(section, 'README.md has no "## Settings" section');
  const rows = new Map<string, string>();
  for (const m of section[1].matchAll(/^\| `(crosscheck\.[\w.]+)` \| `(.*?)` \|/gm)) rows.set(m[1], m[2]);
  return rows;
}

describe('package.json and README', () => {
  it('has at least the settings the extension reads', () => {
    const names = settings.map(([k]) => k);
    for (const k of ['crosscheck.include', 'crosscheck.exclude', 'crosscheck.maxFileSizeKB', 'crosscheck.minQuoteWords', 'crosscheck.followActiveEditor']) {
      assert.ok(names.includes(k), k);
    }
  });

  for (const [key, schema] of settings) {
    it(`documents ${key} with a type, a default and a description`, () => {
      assert.ok(schema.type, 'type');
      assert.ok('default' in schema, 'default');
      assert.ok((schema.description ?? schema.markdownDescription ?? '').length > 20, 'description');
      if (schema.enum) {
        assert.ok(schema.enum.includes(schema.default), 'the default is one of the enum values');
        const described = schema.enumDescriptions ?? schema.markdownEnumDescriptions;
        assert.strictEqual(described?.length, schema.enum.length, 'one description per enum value');
      }
      if (schema.type === 'number' || schema.type === 'integer') {
        assert.ok(schema.minimum !== undefined && schema.maximum !== undefined, 'numbers have a minimum and a maximum');
      }
    });

    it(`lists ${key} in the README settings table with its default`, () => {
      const rows = readmeSettings();
      assert.ok(rows.has(key), `README.md's settings table has no row for \`${key}\``);
      assert.strictEqual(rows.get(key), JSON.stringify(schema.default), `README.md's default for ${key}`);
    });
  }

  it('lists no setting in the README that package.json does not have', () => {
    const known = new Set(settings.map(([k]) => k));
    assert.deepStrictEqual([...readmeSettings().keys()].filter((k) => !known.has(k)), []);
  });

  it('declares for Restricted Mode exactly the settings the extension reads only from the user there', () => {
    assert.deepStrictEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), RESTRICTED.map((k) => `crosscheck.${k}`).sort());
  });

  it('puts every command in the Crosscheck category of the palette', () => {
    for (const c of manifest.contributes.commands as { command: string; category?: string }[]) assert.strictEqual(c.category, 'Crosscheck', c.command);
  });

  it('offers a Load Folder button in the welcome view when no articles are loaded', () => {
    const welcome = (manifest.contributes.viewsWelcome as { view: string; contents: string; when?: string }[])
      .filter((w) => w.view === 'crosscheck.conflicts' && w.when === '!crosscheck.enoughArticles');
    assert.strictEqual(welcome.length, 1);
    assert.match(welcome[0].contents, /^\[Load Folder as Articles\]\(command:crosscheck\.loadFolder\)$/m);
  });
});
