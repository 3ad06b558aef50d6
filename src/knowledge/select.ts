import type { ToolSignature } from './signature.js';

/** A signature whose capability belongs to one area's closed set, so a typo is a compile error. */
export interface CapabilitySignature<C extends string> extends ToolSignature {
  readonly capability: C;
}

/** The signatures of a knowledge list that prove one of `capabilities`. */
export function withCapability<C extends string>(
  signatures: readonly CapabilitySignature<C>[],
  ...capabilities: readonly C[]
): CapabilitySignature<C>[] {
  return signatures.filter((s) => capabilities.includes(s.capability));
}
