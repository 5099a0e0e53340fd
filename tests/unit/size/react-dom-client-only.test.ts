import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reactDomClientOnly } from '../../../scripts/size/react-dom-client-only';

type Resolve = (this: { error(message: string): never }, id: string, importer?: string) => string | null;

const resolve = (id: string, importer?: string) => {
  const hook = reactDomClientOnly().resolveId as Resolve;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return hook.call(context, id, importer);
};
const client = '/app/node_modules/react-dom/cjs/react-dom-client.production.js';
/** The package's own module (not in its exports map, so read by path). */
const REAL = join(import.meta.dirname, '../../../node_modules/react-dom/cjs/react-dom.production.js');
const SHIM = join(import.meta.dirname, '../../../scripts/size/react-dom-internals.cjs');

interface Internals {
  d: Record<'f' | 'r' | 'D' | 'C' | 'L' | 'm' | 'X' | 'S' | 'M', () => unknown>;
  p: number;
  findDOMNode: null;
}
const internalsOf = (path: string) =>
  (createRequire(import.meta.url)(path) as Record<string, unknown>)
    .__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE as Internals;

describe('reactDomClientOnly plugin', () => {
  it("gives react-dom's production client the internals only, and leaves other imports alone", () => {
    expect(resolve('react-dom', client)).toMatch(/react-dom-internals\.cjs$/);
    expect(resolve('react', client)).toBeNull();
    expect(resolve('react-dom/client', '/app/src/embed/mount.tsx')).toBeNull();
  });

  it("gives the embed's first drawing react-dom's legacy browser string renderer alone, with the same internals", () => {
    const server = resolve('react-dom/server', '/app/src/embed/first-draw.tsx');
    expect(server).toMatch(/react-dom[\\/]cjs[\\/]react-dom-server-legacy\.browser\.production\.js$/);
    expect(resolve('react-dom', server ?? '')).toMatch(/react-dom-internals\.cjs$/);
  });

  it('stops the build when anything else imports react-dom', () => {
    expect(() => resolve('react-dom', '/app/src/figure/Portal.tsx')).toThrow(/imports react-dom/);
  });

  it("is react-dom's own internals object, as the package creates it", () => {
    const real = internalsOf(REAL);
    const shim = internalsOf(SHIM);
    expect(Object.keys(shim)).toEqual(Object.keys(real));
    expect(Object.keys(shim.d)).toEqual(Object.keys(real.d));
    expect(shim.p).toBe(real.p);
    expect(shim.findDOMNode).toBe(real.findDOMNode);
    for (const key of ['f', 'D', 'C', 'L', 'm', 'X', 'S', 'M'] as const)
      expect(shim.d[key]()).toBeUndefined();
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return 'nothing thrown';
    };
    expect(thrown(() => shim.d.r())).toBe(thrown(() => real.d.r()));
    expect(thrown(() => shim.d.r())).toMatch(/#522/);
  });

  it('no app module imports react-dom itself (only react-dom/client)', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync(`grep -rlE "from 'react-dom'|from \\"react-dom\\"" src || true`, {
      encoding: 'utf8',
    });
    expect(hits.trim()).toBe('');
  });
});
