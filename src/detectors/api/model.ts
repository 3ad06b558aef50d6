import type { Confidence } from '../../model/answer.js';

/** How the project's online API is described: OpenAPI files, typed request/response models, protobuf. */
export interface ApiDescription {
  readonly kind: 'openapi' | 'typed-models' | 'protobuf' | 'signature' | 'doc-page';
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
  /**
   * `high`: a machine-readable contract (OpenAPI, protobuf, typed handlers, BentoML IO, Triton config);
   * `medium`: a contract that documents the model rather than the endpoint (MLflow signature) or prose.
   */
  readonly confidence: Confidence;
}

/** A route whose request and response have no declared type or schema. */
export interface UntypedEndpoint {
  readonly file: string;
  readonly line: number;
  readonly note: string;
  readonly framework: 'FastAPI' | 'Flask' | 'BentoML';
}

export interface ApiFacts {
  readonly descriptions: readonly ApiDescription[];
  /** Endpoints found without typed request/response (for the `no` case). */
  readonly untypedEndpoints: readonly UntypedEndpoint[];
  readonly lookedAt: readonly string[];
}
