// Series colours for each page theme. Light: Okabe–Ito (safe for the common colour-vision deficiencies), lines
// in the colour itself, text in a darker shade of the same hue so labels keep a readable contrast on white.
// Dark: the same hues, lightened where a line would fall below 3:1 or a label below 4.5:1 on the dark
// background, and the black series turned light. The chart draws the theme's colours as SVG attributes, so
// no stylesheet has to recognise a colour to recolour it, and an exported image holds what the page showed.
export interface SeriesColour {
  line: string;
  text: string;
}

export type ChartTheme = 'light' | 'dark';

const LIGHT: readonly SeriesColour[] = [
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
  { line: '#DDCC77', text: '#7A7035' },
];

/** Index for index the same hues as LIGHT (a series keeps its hue when the reader's theme changes). */
const DARK: readonly SeriesColour[] = [
  { line: '#E8721F', text: '#F2904D' },
  { line: '#2E8FD6', text: '#6AB0E8' },
  { line: '#00B386', text: '#2BC99D' },
  { line: '#E69F00', text: '#F0B429' },
  { line: '#CC79A7', text: '#DB97BD' },
  { line: '#56B4E9', text: '#7CC6F0' },
  { line: '#E8E8E8', text: '#E8E8E8' },
  { line: '#C45A8C', text: '#DE86AF' },
  { line: '#44AA99', text: '#5CC2B0' },
  { line: '#8877DD', text: '#A99AF0' },
  { line: '#B3B34D', text: '#C7C766' },
  { line: '#C060B0', text: '#D58ACA' },
  { line: '#33AA55', text: '#55C474' },
  { line: '#88CCEE', text: '#A3D8F2' },
  { line: '#DDCC77', text: '#E6D993' },
];

export const PALETTES: Readonly<Record<ChartTheme, readonly SeriesColour[]>> = { light: LIGHT, dark: DARK };

/** The theme's ink for text and lines that belong to no series (the default of a missing colour). */
export const INK: Readonly<Record<ChartTheme, SeriesColour>> = {
  light: { line: '#000000', text: '#000000' },
  dark: { line: '#E8E8E8', text: '#E8E8E8' },
};

export function colourAt(index: number, theme: ChartTheme = 'light'): SeriesColour {
  const palette = PALETTES[theme];
  return palette[index % palette.length] ?? INK[theme];
}
