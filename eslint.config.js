import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of src/, lowest first (README, "Code layout"): a folder may import from its own layer and those
// below it, never from one above, and a page never from another page. Each row's folders share a layer.
const LAYERS = [
  ['i18n'],
  ['data'],
  ['spec'],
  ['query'],
  ['charts'],
  ['export'],
  ['figure'],
  ['story', 'explorer', 'import', 'sources', 'embed'],
  ['app'],
];

/** One config per folder: its imports may not name a folder of a higher layer (or another page). */
const layerRules = LAYERS.flatMap((row, level) =>
  row.map((folder) => {
    const above = LAYERS.slice(level + 1).flat();
    const forbidden = [...above, ...(row.length > 1 ? row.filter((other) => other !== folder) : [])];
    return {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(\\.\\.?/)+(\\.\\./)*(${forbidden.join('|')})(/|$)`,
                message: `src/${folder} may not import from a layer above it (${LAYERS.map((r) => r.join('|')).join(' < ')}).`,
              },
            ],
          },
        ],
      },
    };
  }),
);

// The chart kit (frame, marks, tooltip, legend, event marks, table) is what every chart type builds on, so it may
// not import any chart type. ESLint keeps only the last matching rule's options, so this block repeats the charts
// layer's own patterns beside the kit's.
const CHART_TYPE_FOLDERS = ['line', 'stacked', 'ranked-bar', 'small-multiples', 'spec-chart', 'chpl-tiers'];
const chartsLayerPatterns = layerRules.find((config) => config.files[0] === 'src/charts/**/*.{ts,tsx}').rules[
  'no-restricted-imports'
][1].patterns;
const chartKitRule = {
  files: ['src/charts/kit/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...chartsLayerPatterns,
          {
            regex: `^\\.\\./(${CHART_TYPE_FOLDERS.join('|')})(/|$)`,
            message: 'src/charts/kit is shared by every chart type, so it may not import one.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', '.cache', 'src/i18n/locales/**/*.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  chartKitRule,
);
