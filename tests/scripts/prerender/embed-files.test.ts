import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_FILES, heldFilesElement, withHeldFiles } from '../../../scripts/prerender/embed-files';
import { heldFiles } from '../../../src/embed/held-files';

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
    for (const path of HELD_FILES) writeFileSync(join(dir, path), `text of ${path}`);
    const html = withHeldFiles('<html><body><div id="root"></div></body></html>', dir);
    const element = /<script type="application\/json" id="embed-files">(.*?)<\/script>/.exec(html);
    expect(element).not.toBeNull();
    expect(html.indexOf('embed-files')).toBeGreaterThan(html.indexOf('id="root"'));
    const read = heldFiles({ textContent: element?.[1] ?? '' } as Element);
    expect([...read.keys()].sort()).toEqual(
      ['concordance.csv', 'events.csv', 'manifest.json', 'partners.csv'].sort(),
    );
    expect(read.get('manifest.json')).toBe('text of manifest.json');
  });

  it('holds nothing when the page has no such element or its text is not an object of texts', () => {
    expect(heldFiles(null).size).toBe(0);
    expect(heldFiles({ textContent: 'not json' } as Element).size).toBe(0);
    expect(heldFiles({ textContent: '{"a.csv": 3, "b.csv": "x"}' } as Element)).toEqual(
      new Map([['b.csv', 'x']]),
    );
  });
});
