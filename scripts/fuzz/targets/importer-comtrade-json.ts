// Importer fuzz target: UN Comtrade's API JSON (inputs and checks in scripts/fuzz/importer-targets.ts).
export { comtradeJsonTarget as default } from '../importer-targets';
