// What d3-scale imports from d3-format, for an app that never asks a scale for its tick format. d3-scale's
// linear, log and time scales attach a `tickFormat` method that calls d3-format, so the whole formatter (~2 KB
// gzip) stays in every page that draws a scale, used or not. This app writes every number through
// src/charts/kit/number-format.ts (Intl.NumberFormat); the build swaps this module in for d3-scale's import only
// (scale-format.ts), and a call that reaches it fails loudly rather than formatting differently.

function refused(name: string): never {
  throw new TypeError(
    `d3-format's ${name} is not in this build: format numbers with src/charts/kit/number-format.ts ` +
      '(see scripts/size/d3-format-unused.ts)',
  );
}

export const format = (): never => refused('format');
export const formatPrefix = (): never => refused('formatPrefix');
export const formatSpecifier = (): never => refused('formatSpecifier');
export const precisionFixed = (): never => refused('precisionFixed');
export const precisionPrefix = (): never => refused('precisionPrefix');
export const precisionRound = (): never => refused('precisionRound');
