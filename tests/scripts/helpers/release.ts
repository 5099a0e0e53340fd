// A tiny data release for the output tests: one flow file and a manifest naming it.
export function release(n: number) {
  const dataVersion = `a0000${n}`.padEnd(12, '0');
  const generatedAt = `2025-01-0${n}T00:00:00.000Z`;
  const manifest = { dataVersion, generatedAt, files: [{ path: 'flows/x.csv' }] };
  return {
    dataVersion,
    files: [
      { path: 'flows/x.csv', content: `value\n${n}\n` },
      { path: 'manifest.json', content: JSON.stringify(manifest) },
    ],
  };
}
