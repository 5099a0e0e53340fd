// The HS6 codes to ask for: the first column of chpl.csv (HS 2022 codes, header "hs6" or "hs6_2022").

export function readChplCodes(csvText: string): string[] {
  const lines = csvText
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const [header, ...records] = lines;
  const firstColumn = (line: string) => line.split(',', 1)[0]?.trim() ?? '';
  if (!header || !['hs6', 'hs6_2022'].includes(firstColumn(header))) {
    throw new Error('chpl.csv: expected a first column named hs6 or hs6_2022');
  }
  const codes = records.map((line, i) => {
    const code = firstColumn(line);
    if (!/^\d{6}$/.test(code))
      throw new Error(`chpl.csv line ${i + 2}: expected a 6-digit HS code, got "${code}"`);
    return code;
  });
  if (codes.length === 0) throw new Error('chpl.csv: no codes');
  return [...new Set(codes)];
}
