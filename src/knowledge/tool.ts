import type { CapabilitySignature } from './select.js';
import type { ToolSignature } from './signature.js';

/** Who a tool is, whatever it proves: shared by the areas a tool appears in (see shared-tools.ts). */
export interface ToolIdentity {
  /** Stable kebab-case id ('mlflow', 'wandb'): rules and evidence decide by it, never by a name. */
  readonly id: string;
  /** Display name ('Weights & Biases'): what rationales and evidence show. */
  readonly name: string;
  /** The tool's own documentation home. */
  readonly docs: string;
}

/** How one capability of a tool shows in code: the matching fields of a signature. */
export interface Proof extends Omit<ToolSignature, 'toolId' | 'tool' | 'capability'> {
  /**
   * The name evidence shows when the proof is one product or integration of the tool ('MLflow Model
   * Registry', 'MLflow (Ray callback)'); the tool's name otherwise.
   */
  readonly label?: string;
}

/**
 * A tool as one area knows it: its identity and, per capability of the area, how using it for that
 * shows in code (several proofs when it shows in several ways, e.g. an SDK and a boto3 call).
 */
export interface Tool<C extends string> extends ToolIdentity {
  readonly proves: { readonly [K in C]?: Proof | readonly Proof[] };
}

/**
 * The signatures of `tools`, capability by capability in the order of `capabilities`, then tool by
 * tool: the flat list the evidence layer matches, each signature carrying its tool's id and name.
 */
export function signaturesOf<C extends string>(tools: readonly Tool<C>[], capabilities: readonly C[]): CapabilitySignature<C>[] {
  return capabilities.flatMap((capability) =>
    tools.flatMap((tool) => proofsOf(tool, capability).map(({ label, ...fields }) => ({ toolId: tool.id, tool: label ?? tool.name, capability, ...fields }))),
  );
}

/** The proofs of one capability of a tool, none when it does not provide it. */
export function proofsOf<C extends string>(tool: Tool<C>, capability: C): readonly Proof[] {
  const proofs = tool.proves[capability];
  return proofs === undefined ? [] : isProofList(proofs) ? proofs : [proofs];
}

/**
 * The names of the tools that prove any of `capabilities`, in knowledge order: what a criterion's
 * `looksFor` and `lookedAt` name, so a tool added to the knowledge is named there too.
 */
export function toolNamesFor<C extends string>(tools: readonly Tool<C>[], capabilities: readonly C[]): string {
  return tools.filter((tool) => capabilities.some((c) => proofsOf(tool, c).length > 0)).map((tool) => tool.name).join(', ');
}

/** The tool of `tools` whose signature found a usage; none for a file probe or another area's tool. */
export function toolOf<T extends ToolIdentity>(tools: readonly T[], usage: { readonly toolId: string | null }): T | undefined {
  return tools.find((t) => t.id === usage.toolId);
}

function isProofList(proofs: Proof | readonly Proof[]): proofs is readonly Proof[] {
  return Array.isArray(proofs);
}

/**
 * The import roots and callees of `signatures` as one call query (src/evidence/call-sites.ts): for a
 * rule asking how a capability is used (a tag naming the commit), whichever tool provides it.
 */
export function callsOf(signatures: readonly ToolSignature[]): { readonly imports: readonly string[]; readonly calls: readonly string[] } {
  return {
    imports: [...new Set(signatures.flatMap((s) => s.imports))],
    calls: [...new Set(signatures.flatMap((s) => s.calls ?? []))],
  };
}
