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
];

export function colourAt(index: number): SeriesColour {
  return OKABE_ITO[index % OKABE_ITO.length] ?? { line: '#000000', text: '#000000' };
}
