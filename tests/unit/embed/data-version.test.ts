import { describe, expect, it } from 'vitest';
import { activateLocale, ensureCatalogue } from '../../../src/i18n/i18n';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';
import { pinMessage } from '../../../src/embed/pin-message';
import { pinSaysSomething, type DataVersionPin } from '../../../src/embed/data-version';
import { resolveDataVersion, type ReadDataVersion } from '../../../src/embed/resolve-pin';

const DATA = 'https://example.org/app/data/';

function server(files: Record<string, string>): { read: ReadDataVersion; asked: string[] } {
  const asked: string[] = [];
  const read: ReadDataVersion = (url) => {
    asked.push(url);
    return Promise.resolve(files[url] ?? null);
  };
  return { read, asked };
}

describe('resolveDataVersion', () => {
  it('asks nothing when no version is pinned', async () => {
    const { read, asked } = server({});
    expect(await resolveDataVersion(null, DATA, read)).toEqual({ kind: 'current' });
    expect(asked).toEqual([]);
  });

  it('reads the current data when the pin is the current version, and says so', async () => {
    const { read, asked } = server({ [`${DATA}manifest.json`]: 'aaaaaa111111' });
    const pin = await resolveDataVersion('aaaaaa111111', DATA, read);
    expect(pin).toEqual({ kind: 'current', pinned: 'aaaaaa111111' });
    expect(pinMessage(pin)).toBe('Data version aaaaaa111111 (pinned; these are the current data).');
    expect(asked).toEqual([`${DATA}manifest.json`]);
  });

  it('reads an archived version when it exists', async () => {
    const { read } = server({
      [`${DATA}manifest.json`]: 'aaaaaa111111',
      [`${DATA}versions/bbbbbb222222/manifest.json`]: 'bbbbbb222222',
    });
    const pin = await resolveDataVersion('bbbbbb222222', DATA, read);
    expect(pin).toEqual({ kind: 'pinned', dataVersion: 'bbbbbb222222', current: 'aaaaaa111111' });
    expect(pinMessage(pin)).toBe('Data version bbbbbb222222 (pinned).');
  });

  it('says which version is shown when the pinned one is gone', async () => {
    const { read } = server({ [`${DATA}manifest.json`]: 'aaaaaa111111' });
    const pin = await resolveDataVersion('cccccc333333', DATA, read);
    expect(pin).toEqual({ kind: 'unavailable', requested: 'cccccc333333', shown: 'aaaaaa111111' });
    expect(pinMessage(pin)).toMatch(/cccccc333333 .*no longer available.*version aaaaaa111111/);
  });

  it('does not trust an archive whose manifest names another version', async () => {
    const { read } = server({
      [`${DATA}manifest.json`]: 'aaaaaa111111',
      [`${DATA}versions/bbbbbb222222/manifest.json`]: 'dddddd444444',
    });
    expect((await resolveDataVersion('bbbbbb222222', DATA, read)).kind).toBe('unavailable');
  });

  it('has a line to show (its chunk is loaded) exactly when pinMessage has one', () => {
    const pins: DataVersionPin[] = [
      { kind: 'current' },
      { kind: 'current', pinned: 'aaaaaa111111' },
      { kind: 'pinned', dataVersion: 'bbbbbb222222', current: null },
      { kind: 'unavailable', requested: 'cccccc333333', shown: null },
      { kind: 'unreadable', requested: 'cccccc333333', shown: 'aaaaaa111111', reason: 'HTTP 404' },
    ];
    expect(pins.map(pinSaysSomething)).toEqual([false, true, true, true, true]);
    for (const pin of pins) expect(pinSaysSomething(pin)).toBe(pinMessage(pin) !== null);
  });
});

describe('the data-version line in Chinese and Russian', () => {
  const pins: DataVersionPin[] = [
    { kind: 'current', pinned: 'aaaaaa111111' },
    { kind: 'pinned', dataVersion: 'bbbbbb222222', current: null },
    { kind: 'unavailable', requested: 'cccccc333333', shown: 'aaaaaa111111' },
    { kind: 'unavailable', requested: 'cccccc333333', shown: null },
    { kind: 'unreadable', requested: 'cccccc333333', shown: 'aaaaaa111111', reason: 'events.csv: HTTP 404' },
    { kind: 'unreadable', requested: 'cccccc333333', shown: null, reason: 'events.csv: HTTP 404' },
  ];
  const english = pins.map(pinMessage);

  it('is written in the reader’s language, every version and reason in it; English as before', async () => {
    await ensureCatalogue(LATER_CATALOGUE);
    try {
      await activateLocale('zh');
      const zh = pins.map(pinMessage);
      expect(zh[1]).toBe('数据版本bbbbbb222222（已固定）。');
      expect(zh[2]).toBe('所请求的数据版本cccccc333333已不再提供；现改为显示当前数据（版本aaaaaa111111）。');
      await activateLocale('ru');
      const ru = pins.map(pinMessage);
      expect(ru[0]).toBe('Версия данных aaaaaa111111 (закреплена; это текущие данные).');
      for (const [i, pin] of pins.entries()) {
        const versions = Object.values(pin).filter((v): v is string => /^[a-f0-9]{12}$/.test(String(v)));
        for (const line of [zh[i] ?? '', ru[i] ?? '']) {
          for (const version of versions) expect(line).toContain(version);
          if (pin.kind === 'unreadable') expect(line).toContain('events.csv: HTTP 404');
          // No English words left but the versions and the reader's own words for what failed.
          const rest = [...versions, 'events.csv: HTTP 404'].reduce(
            (text, kept) => text.replaceAll(kept, ''),
            line,
          );
          expect(rest).not.toMatch(/[A-Za-z]{3,}/);
        }
      }
    } finally {
      await activateLocale('en');
    }
    expect(pins.map(pinMessage)).toEqual(english);
    expect(english[4]).toBe(
      'This chart was published with data version cccccc333333, whose files could not be read here (events.csv: HTTP 404); showing the current data (version aaaaaa111111).',
    );
  });
});
