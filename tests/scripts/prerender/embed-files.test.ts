import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  embedManifest,
  HELD_FILES,
  heldFilesElement,
  withHeldFiles,
} from '../../../scripts/prerender/embed-files';
import { checkManifest } from '../../../src/data/manifest-check';
import type { Manifest } from '../../../src/data/schema';
import { heldFiles } from '../../../src/embed/held-files';
import { manifest as fixtureManifest } from '../../unit/query/fixtures';

/** The element's text as the page reads it (its textContent). */
const textOf = (element: string) => element.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');

describe("embed.html's build-time data files", () => {
  it('carries text that could end the element early without ending it, and the page reads it back as it was', () => {
    const files = new Map([['events.csv', 'id,label\n1,"</script><script>alert(1)</script> <!--"\n']]);
    const element = heldFilesElement(files);
    expect(element.startsWith('<script type="application/json" id="embed-files">')).toBe(true);
    expect(textOf(element)).not.toContain('<');
    const read = heldFiles({ textContent: textOf(element) } as Element);
    expect(read.get('events.csv')).toBe(files.get('events.csv'));
  });

  it('puts the manifest, concordance, partners and events before </body>, read from the data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-files-'));
    for (const path of HELD_FILES)
      writeFileSync(
        join(dir, path),
        path === 'manifest.json' ? JSON.stringify(fixtureManifest) : `text of ${path}`,
      );
    const html = withHeldFiles('<html><body><div id="root"></div></body></html>', dir);
    const element = /<script type="application\/json" id="embed-files">(.*?)<\/script>/.exec(html);
    expect(element).not.toBeNull();
    expect(html.indexOf('embed-files')).toBeGreaterThan(html.indexOf('id="root"'));
    const read = heldFiles({ textContent: element?.[1] ?? '' } as Element);
    expect([...read.keys()].sort()).toEqual(
      ['concordance.csv', 'events.csv', 'manifest.json', 'partners.csv'].sort(),
    );
    expect(read.get('events.csv')).toBe('text of events.csv');
    // The manifest as its slice: the chapter files left out.
    expect(JSON.parse(read.get('manifest.json') ?? '')).toEqual(embedManifest(fixtureManifest));
    expect(read.get('manifest.json')).not.toContain('hs2-84');
  });

  it("holds a slice of the build's manifest that passes the manifest's checks, with every file but the chapters'", () => {
    const full = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Manifest;
    const slice = embedManifest(full);
    expect(checkManifest(JSON.parse(JSON.stringify(slice)) as unknown).ok).toBe(true);
    expect(slice.files.map((file) => file.path)).toEqual(
      full.files.filter((file) => file.hs2 === undefined).map((file) => file.path),
    );
    expect(slice.files.length).toBeLessThan(full.files.length);
    expect(slice.dataVersion).toBe(full.dataVersion);
    // Every source, break and caveat a kept file leads to is kept, whole.
    for (const file of slice.files) {
      for (const id of file.sources)
        expect(slice.sources).toContainEqual(full.sources.find((s) => s.id === id));
      for (const id of file.caveats)
        expect(slice.caveats).toContainEqual(full.caveats.find((c) => c.id === id));
    }
    for (const b of full.breaks.filter((b) => slice.sources.some((s) => s.id === b.source)))
      expect(slice.breaks).toContainEqual(b);
    expect(JSON.stringify(slice).length).toBeLessThan(JSON.stringify(full).length * 0.6);
  });

  it('holds nothing when the page has no such element or its text is not an object of texts', () => {
    expect(heldFiles(null).size).toBe(0);
    expect(heldFiles({ textContent: 'not json' } as Element).size).toBe(0);
    expect(heldFiles({ textContent: '{"a.csv": 3, "b.csv": "x"}' } as Element)).toEqual(
      new Map([['b.csv', 'x']]),
    );
  });
});
