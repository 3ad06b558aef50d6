/** How the project's online API is described: OpenAPI files, typed request/response models, protobuf. */
export interface ApiDescription {
  readonly kind: 'openapi' | 'typed-models' | 'protobuf' | 'signature' | 'doc-page';
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
}

export interface ApiFacts {
  readonly descriptions: readonly ApiDescription[];
  /** Endpoints found without typed request/response (for the `no` case). */
  readonly untypedEndpoints: readonly { readonly file: string; readonly line: number; readonly note: string }[];
  readonly lookedAt: readonly string[];
}
