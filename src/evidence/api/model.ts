import type { ToolIdentity } from '../../knowledge/tool.js';
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
  /** The web framework or gateway serving it: rules tell them apart by id. */
  readonly framework: ToolIdentity;
}

/** An HTTP route declared for AWS API Gateway in a CloudFormation/SAM template. */
export interface GatewayRoute {
  readonly file: string;
  readonly line: number | null;
  /** `POST /api`, or the method resource's name. */
  readonly route: string;
  /** How it is declared: `SAM Api event of ApiFunction`, `AWS::ApiGateway::Method`. */
  readonly via: string;
  /** How callers authenticate (`authorizer CognitoAuth`, `API key required`, `IAM`); null when nothing is required. */
  readonly auth: string | null;
  /** The repository's Python Lambda handler behind the route, and whether it parses the body into a typed model. */
  readonly handler: { readonly file: string; readonly line: number | null; readonly typed: boolean } | null;
}

export interface ApiFacts {
  readonly descriptions: readonly ApiDescription[];
  /** Endpoints found without typed request/response (for the `no` case). */
  readonly untypedEndpoints: readonly UntypedEndpoint[];
  /** API Gateway routes of CloudFormation/SAM templates; optional so facts written by hand stay valid. */
  readonly gatewayRoutes?: readonly GatewayRoute[];
  readonly lookedAt: readonly string[];
}
