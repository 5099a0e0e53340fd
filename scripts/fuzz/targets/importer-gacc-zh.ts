// Importer fuzz target: China Customs CSV, Chinese headers (inputs and checks in scripts/fuzz/importer-targets.ts).
export { gaccZhTarget as default } from '../importer-targets';
