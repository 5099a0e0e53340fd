// Importer fuzz target: China Customs CSV, English headers (inputs and checks in scripts/fuzz/importer-targets.ts).
export { gaccEnTarget as default } from '../importer-targets';
