// The build's short message ids (scripts/size/short-message-ids.ts): a call and its catalogue entry get the same
// short id, so a Chinese or Russian reader still reads the translation; every id has its own; an id no catalogue
// has stops the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupI18n, type Messages } from '@lingui/core';
import type { Plugin, TransformResult } from 'vite';
import { describe, expect, it } from 'vitest';
import { shortIdTable, shortMessageIds } from '../../../scripts/size/short-message-ids';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The plugin after its build start (it reads the catalogues' ids then). */
function started(): Plugin {
  const plugin = shortMessageIds();
  (plugin.buildStart as () => void).call({});
  return plugin;
}

function transform(plugin: Plugin, code: string, file: string): string {
  const hook = plugin.transform as (code: string, id: string) => TransformResult | null;
  return (hook.call({} as never, code, join(ROOT, file)) as { code: string } | null)?.code ?? code;
}

/** The compiled catalogue module's messages, as the build's transform leaves them. */
function compiledAfter(plugin: Plugin, file: string): Messages {
  const code = transform(plugin, readFileSync(join(ROOT, file), 'utf8'), file);
  const json = /JSON\.parse\(\s*'((?:[^'\\]|\\.)*)'/
    .exec(code)![1]!
    .replace(/\\'/g, "'")
    .replace(/\\\\/g, '\\');
  return JSON.parse(json) as Messages;
}

describe('short message ids', () => {
  it('gives every id of both catalogues a short id of its own', () => {
    const table = shortIdTable();
    expect(table.size).toBeGreaterThan(40);
    expect(new Set(table.values()).size).toBe(table.size);
    expect(table.has('app.name')).toBe(true);
    expect(table.has('nav.sources')).toBe(true);
    for (const short of table.values()) expect(short).toMatch(/^[0-9a-z]{1,2}$/);
  });

  it('rewrites a call and the compiled catalogue alike, so the translation is still found', () => {
    const plugin = started();
    const call = transform(
      plugin,
      "const a = i18n._(\n  { id: 'actions.download', message: 'Download' },\n);",
      'src/figure/actions/Example.tsx',
    );
    const id = /id: '([^']+)'/.exec(call)![1]!;
    expect(id).toBe(shortIdTable().get('actions.download'));
    const ru = compiledAfter(plugin, 'src/i18n/locales/ru.ts');
    expect(ru['actions.download']).toBeUndefined();
    const lingui = setupI18n({ locale: 'ru', messages: { ru } });
    expect(lingui._(id, undefined, { message: 'Download' })).toBe('Скачать');
  });

  it('leaves an ICU plural’s own keys alone (they have no dot)', () => {
    const plugin = started();
    const code = `export const messages = JSON.parse('{"app.name":[["n","plural",{"one":["x"],"other":["y"]}]]}');`;
    const out = transform(plugin, code, 'src/i18n/locales/ru.ts');
    expect(out).toContain(`"${shortIdTable().get('app.name')}":`);
    expect(out).toContain('"one":["x"],"other":["y"]');
  });

  it('stops the build on an id that no catalogue has', () => {
    const plugin = started();
    expect(() => transform(plugin, "i18n._({ id: 'no.such-id', message: 'x' })", 'src/a.ts')).toThrow(
      /src\/a\.ts: message id "no\.such-id" is in no catalogue/,
    );
  });
});
