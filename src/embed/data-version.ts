// Pinning an embed to a data version: the pipeline keeps earlier versions under data/versions/<dataVersion>/,
// so an article's chart can keep showing the numbers it was published with. This decides, before anything
// loads, which folder the embed reads (./resolve-pin.ts, loaded only for a pinned embed), and what the reader is
// told about it (./pin-message.ts).

export type DataVersionPin =
  /** No pin, or (`pinned` set) the pin is the current version: the current data, and the chart says which. */
  | { kind: 'current'; pinned?: string }
  /** Reading data/versions/<dataVersion>/; `current` is the newer version there is (null: unknown). */
  | { kind: 'pinned'; dataVersion: string; current: string | null }
  /** The pinned version is gone: the current data are shown, and the reader is told which. */
  | { kind: 'unavailable'; requested: string; shown: string | null }
  /** The pinned version is there but one of its files could not be read (pin-fallback.ts): the current data. */
  | { kind: 'unreadable'; requested: string; shown: string | null; reason: string };

/** Whether `pinMessage` has a line to show: any pin but the current data asked for by no pin at all. */
export const pinSaysSomething = (pin: DataVersionPin) => pin.kind !== 'current' || pin.pinned !== undefined;
