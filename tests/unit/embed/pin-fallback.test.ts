import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/data/data-file-error';
import { dataUrl, pinDataVersion } from '../../../src/data/data-url';
import type { DataVersionPin } from '../../../src/embed/data-version';
import { pinMessage } from '../../../src/embed/pin-message';
import { failureReason, pinAfterFailure, watchPinnedFiles } from '../../../src/embed/pin-fallback';

const PINNED = { kind: 'pinned', dataVersion: 'bbbbbb222222', current: 'aaaaaa111111' } as const;

// The errors as the worker client raises them (worker-client.ts wraps the worker's message in a DataFileError).
const missingColumn = new DataFileError(
  'flows/baci_chpl.csv',
  'flows/baci_chpl.csv is missing column(s): value_kusd',
);
const notFound = new DataFileError('events.csv', 'HTTP 404 Not Found');
const htmlPage = new DataFileError(
  'chpl.csv',
  'Could not load chpl.csv: the server sent an HTML page instead (the file is probably not in this build)',
);

describe('failureReason', () => {
  it('names the file and what is wrong with it, once', () => {
    expect(failureReason(missingColumn)).toBe('flows/baci_chpl.csv is missing column(s): value_kusd');
    expect(failureReason(notFound)).toBe('events.csv: HTTP 404 Not Found');
    expect(failureReason(htmlPage)).toBe(
      'chpl.csv: the server sent an HTML page instead (the file is probably not in this build)',
    );
  });

  it('keeps whatever else went wrong readable', () => {
    expect(failureReason(new Error('Failed to fetch'))).toBe('Failed to fetch');
    expect(failureReason('broken')).toBe('broken');
  });
});

describe('pinAfterFailure', () => {
  it('falls back to the current data, naming the pinned version, the reason and the version shown', () => {
    const pin = pinAfterFailure(PINNED, missingColumn);
    expect(pin).toEqual({
      kind: 'unreadable',
      requested: 'bbbbbb222222',
      shown: 'aaaaaa111111',
      reason: 'flows/baci_chpl.csv is missing column(s): value_kusd',
    });
    expect(pinMessage(pin as DataVersionPin)).toBe(
      'This chart was published with data version bbbbbb222222, whose files could not be read here ' +
        '(flows/baci_chpl.csv is missing column(s): value_kusd); showing the current data (version aaaaaa111111).',
    );
  });

  it('says only "the current data" when the current version is unknown', () => {
    const pin = pinAfterFailure({ ...PINNED, current: null }, notFound) as DataVersionPin;
    expect(pinMessage(pin)).toBe(
      'This chart was published with data version bbbbbb222222, whose files could not be read here ' +
        '(events.csv: HTTP 404 Not Found); showing the current data.',
    );
  });

  it('does not fall back when a request was only cancelled', () => {
    expect(pinAfterFailure(PINNED, new DOMException('Aborted', 'AbortError'))).toBeNull();
  });
});

describe('watchPinnedFiles', () => {
  afterEach(() => pinDataVersion(null));

  async function failQuery(client: QueryClient, key: readonly unknown[], error: Error): Promise<void> {
    await client
      .fetchQuery({ queryKey: key, queryFn: () => Promise.reject(error), retry: false })
      .catch(() => undefined);
  }

  it('on the first data file that fails, reads the current data again and shows the fallback pin', async () => {
    pinDataVersion(PINNED.dataVersion);
    const client = new QueryClient();
    client.setQueryData(['table', 'chpl', 'chpl.csv'], { rows: [], errors: [] });
    const shown: DataVersionPin[] = [];
    watchPinnedFiles(client, PINNED, (pin) => shown.push(pin));
    expect(shown).toEqual([]);

    await failQuery(client, ['table', 'flows', 'flows/baci_chpl.csv'], missingColumn);
    expect(shown).toEqual([pinAfterFailure(PINNED, missingColumn)]);
    // Every file is read again, from the current data's folder.
    expect(dataUrl('chpl.csv', '/', 'https://example.org/')).toBe('https://example.org/data/chpl.csv');
    expect(client.getQueryCache().findAll()).toEqual([]);

    // Once is enough: a later failure (of the current data) is the figure's to show, with Retry.
    await failQuery(client, ['table', 'events', 'events.csv'], notFound);
    expect(shown).toHaveLength(1);
  });

  it('sees a failure that happened before it started watching', async () => {
    pinDataVersion(PINNED.dataVersion);
    const client = new QueryClient();
    await failQuery(client, ['manifest'], notFound);
    const shown: DataVersionPin[] = [];
    watchPinnedFiles(client, PINNED, (pin) => shown.push(pin));
    expect(shown.map((pin) => pin.kind)).toEqual(['unreadable']);
  });

  it('ignores queries that are not data files', async () => {
    pinDataVersion(PINNED.dataVersion);
    const client = new QueryClient();
    const shown: DataVersionPin[] = [];
    watchPinnedFiles(client, PINNED, (pin) => shown.push(pin));
    await failQuery(client, ['code', 'hs-change-notes'], new Error('chunk failed'));
    expect(shown).toEqual([]);
    expect(dataUrl('chpl.csv', '/', 'https://example.org/')).toBe(
      'https://example.org/data/versions/bbbbbb222222/chpl.csv',
    );
  });
});
