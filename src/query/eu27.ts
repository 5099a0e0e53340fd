// The 27 EU member states (since 1 Feb 2020). Eurostat's file has one row per member exporter; the
// reporter "EU27" is their sum.
export const EU27_MEMBERS: readonly string[] = [
  'AUT',
  'BEL',
  'BGR',
  'CYP',
  'CZE',
  'DEU',
  'DNK',
  'ESP',
  'EST',
  'FIN',
  'FRA',
  'GRC',
  'HRV',
  'HUN',
  'IRL',
  'ITA',
  'LTU',
  'LUX',
  'LVA',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'SWE',
];

/** The countries a reporter code stands for: itself, or the members of an aggregate. */
export function reporterMembers(reporter: string): readonly string[] {
  return reporter === 'EU27' ? EU27_MEMBERS : [reporter];
}
