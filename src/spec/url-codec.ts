import type { SpecNotice, ValueReason } from './notices';
import type { ChartSpec } from './schema';

export type FieldRead =
  { ok: true; spec: ChartSpec; notices?: SpecNotice[] } | { ok: false; reason: ValueReason };

/** How one URL parameter maps to (part of) the spec. */
export interface FieldCodec {
  param: string;
  /** Canonical text of the field; '' when the parameter does not apply to this spec. */
  write(spec: ChartSpec): string;
  read(raw: string, spec: ChartSpec): FieldRead;
}
