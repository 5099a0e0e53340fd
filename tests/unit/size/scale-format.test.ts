import { describe, expect, it } from 'vitest';
import * as unused from '../../../scripts/size/d3-format-unused';
import { scaleWithoutFormat } from '../../../scripts/size/scale-format';

describe('scaleWithoutFormat plugin', () => {
  const resolve = (source: string, importer?: string) => {
    const hook = scaleWithoutFormat().resolveId as (source: string, importer?: string) => string | null;
    return hook(source, importer);
  };

  it("swaps d3-format for d3-scale's import only", () => {
    expect(resolve('d3-format', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toMatch(
      /d3-format-unused\.ts$/,
    );
    expect(resolve('d3-format', '/app/tests/unit/charts/number-format.test.ts')).toBeNull();
    expect(resolve('d3-interpolate', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toBeNull();
  });

  it('refuses every d3-format entry d3-scale names, pointing to the number formats', () => {
    for (const entry of Object.values(unused)) {
      expect(() => (entry as () => never)()).toThrow(/number-format\.ts/);
    }
    expect(Object.keys(unused).sort()).toEqual([
      'format',
      'formatPrefix',
      'formatSpecifier',
      'precisionFixed',
      'precisionPrefix',
      'precisionRound',
    ]);
  });

  it('no app module asks a scale for its tick format (that would throw in the build)', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync("grep -rln 'tickFormat' src || true", { encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});
