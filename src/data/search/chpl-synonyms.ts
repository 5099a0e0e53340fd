// Readers' words for the goods on the Common High Priority List, kept as data: each entry lists the words a
// reader types and the CHPL codes (HS 2022, as in chpl.csv) they mean, best first. The search resolves a code
// to the product row that carries it (the same code, or a BACI code whose `chpl_hs6_2022` names it, e.g.
// 880730 "parts of unmanned aircraft" is BACI's 880330). Add a word here when a reader's query finds nothing.

export interface ChplSynonym {
  /** Lower-case words or phrases, as a reader would type them. */
  terms: readonly string[];
  /** CHPL codes (HS 2022), the one most readers mean first. */
  codes: readonly string[];
}

export const CHPL_SYNONYMS: readonly ChplSynonym[] = [
  {
    terms: ['chips', 'microchips', 'microcircuits', 'integrated circuits', 'ics', 'semiconductor chips'],
    codes: ['854231', '854232', '854233', '854239'],
  },
  {
    terms: ['microprocessors', 'processors', 'cpu', 'microcontrollers', 'mcu', 'fpga', 'controllers'],
    codes: ['854231'],
  },
  { terms: ['memory', 'memory chips', 'ram', 'dram', 'flash memory', 'nand'], codes: ['854232'] },
  { terms: ['amplifier chips', 'op amps'], codes: ['854233'] },
  {
    terms: ['drones', 'uav', 'uavs', 'unmanned aerial vehicles', 'quadcopters', 'aircraft parts'],
    codes: ['880730'],
  },
  {
    terms: ['gnss', 'gps', 'glonass', 'beidou', 'satellite navigation', 'satnav', 'navigation receivers'],
    codes: ['852691'],
  },
  { terms: ['ball bearings'], codes: ['848210'] },
  { terms: ['roller bearings'], codes: ['848220', '848230', '848250'] },
  { terms: ['bearings'], codes: ['848210', '848220', '848230', '848250'] },
  { terms: ['capacitors', 'mlcc', 'ceramic capacitors'], codes: ['853224', '853221'] },
  { terms: ['tantalum capacitors'], codes: ['853221'] },
  { terms: ['transistors', 'mosfets', 'igbts'], codes: ['854121', '854129'] },
  { terms: ['thyristors', 'triacs'], codes: ['854130'] },
  { terms: ['radios', 'transceivers', 'modems', 'routers', 'network switches'], codes: ['851762'] },
  { terms: ['antennas', 'antennae'], codes: ['852910'] },
  { terms: ['cameras', 'thermal cameras', 'video cameras'], codes: ['852589'] },
  { terms: ['oscilloscopes'], codes: ['903020'] },
  { terms: ['multimeters'], codes: ['903032'] },
  { terms: ['pcb', 'pcbs', 'circuit boards', 'printed circuit boards'], codes: ['853400'] },
  { terms: ['cnc', 'cnc machines', 'machine tools'], codes: ['845710', '845811', '845891', '845961'] },
  { terms: ['cnc lathes'], codes: ['845811', '845891'] },
  { terms: ['machining centers'], codes: ['845710'] },
  { terms: ['connectors'], codes: ['853669'] },
  { terms: ['inverters', 'power supplies', 'converters'], codes: ['850440'] },
  { terms: ['rifle scopes', 'riflescopes', 'sights', 'gun sights'], codes: ['901310'] },
  { terms: ['gyroscopes', 'inertial navigation', 'avionics'], codes: ['901420'] },
  { terms: ['quartz crystals', 'piezo crystals', 'oscillator crystals'], codes: ['854160'] },
  { terms: ['sensors', 'mems'], codes: ['854151'] },
  { terms: ['photodetectors', 'infrared detectors'], codes: ['854149'] },
  { terms: ['servers', 'computers'], codes: ['847150', '847180'] },
  { terms: ['lithography', 'chipmaking equipment', 'semiconductor equipment'], codes: ['848620', '848610'] },
];
