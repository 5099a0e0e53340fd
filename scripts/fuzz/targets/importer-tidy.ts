// Importer fuzz target: the tidy flow CSV (inputs and checks in scripts/fuzz/importer-targets.ts).
export { tidyTarget as default } from '../importer-targets';
