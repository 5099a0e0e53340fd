// Importer fuzz target: UN Comtrade's CSV export (inputs and checks in scripts/fuzz/importer-targets.ts).
export { comtradeCsvTarget as default } from '../importer-targets';
