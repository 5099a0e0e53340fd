import { describe, expect, it } from 'vitest';
import { markPureInitialisers, pureD3 } from '../../../scripts/size/pure-d3';

describe('markPureInitialisers', () => {
  it('marks top-level initialisers that call a factory', () => {
    const code = [
      'var curveRadialLinear = curveRadial(curveLinear);',
      'var cardinal = (function custom(tension) {',
      'const tan30 = sqrt(1 / 3);',
      'const slice = Array.prototype.slice.call(x);',
    ].join('\n');
    expect(markPureInitialisers(code)).toBe(
      [
        'var curveRadialLinear = /*#__PURE__*/ curveRadial(curveLinear);',
        'var cardinal = /*#__PURE__*/ (function custom(tension) {',
        'const tan30 = /*#__PURE__*/ sqrt(1 / 3);',
        'const slice = /*#__PURE__*/ Array.prototype.slice.call(x);',
      ].join('\n'),
    );
  });

  it('leaves statements, nested code and plain values alone', () => {
    const code = [
      'define(Rgb, rgb, extend(Color, {}));',
      'defaultLocale({ thousands: "," });',
      '  var inner = f(x);',
      'const pi = Math.PI;',
      'var re = /x/g, other = f();',
      'let count = 0;',
    ].join('\n');
    expect(markPureInitialisers(code)).toBe(code);
  });
});

describe('pureD3', () => {
  const transform = pureD3().transform as (code: string, id: string) => { code: string } | null;

  it('transforms only the bundled d3 files', () => {
    const code = 'var a = f(1);';
    expect(transform(code, '/app/node_modules/d3-shape/dist/d3-shape.mjs')?.code).toBe(
      'var a = /*#__PURE__*/ f(1);',
    );
    expect(transform(code, '/app/src/charts/line.ts')).toBeNull();
    expect(transform(code, '/app/node_modules/react/index.js')).toBeNull();
  });
});
