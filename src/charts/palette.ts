// Okabe–Ito colours (safe for the common colour-vision deficiencies). Lines use the colour itself; text uses
// a darker shade of the same hue so labels keep a readable contrast on white.
export interface SeriesColour {
  line: string;
  text: string;
}

export const OKABE_ITO: readonly SeriesColour[] = [
  { line: '#D55E00', text: '#A34800' },
  { line: '#0072B2', text: '#0072B2' },
  { line: '#009E73', text: '#00704F' },
  { line: '#E69F00', text: '#8F6300' },
  { line: '#CC79A7', text: '#9B4A78' },
  { line: '#56B4E9', text: '#1F6E9C' },
  { line: '#000000', text: '#000000' },
  // Beyond seven series: Paul Tol's muted scheme, also safe for colour-vision deficiencies.
  { line: '#882255', text: '#882255' },
  { line: '#44AA99', text: '#2E7A6B' },
  { line: '#332288', text: '#332288' },
  { line: '#999933', text: '#6B6B1F' },
  { line: '#AA4499', text: '#8A3A7C' },
  { line: '#117733', text: '#117733' },
  { line: '#88CCEE', text: '#2C7A9E' },
  { line: '#DDCC77', text: '#857A3A' },
];

export function colourAt(index: number): SeriesColour {
  return OKABE_ITO[index % OKABE_ITO.length] ?? { line: '#000000', text: '#000000' };
}
