import type { Rule } from './rule.js';
import { AUTH_DEPENDENCY, ENDPOINT_AUTH, NETWORK_SECURITY_PROBES } from '../knowledge/security.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { servingAnalysis } from '../evidence/serving.js';
import { asEvidence, findEvidence, importHints, toolNames } from '../evidence/usages.js';
import { isTestFile } from '../collect/code/file-kinds.js';

const NETWORK_LOOKED_AT = ['NetworkPolicy, Istio auth, Ingress TLS in manifests', 'private endpoints, authorizers, HTTPS listeners in Terraform'];

export const rule: Rule = {
  id: 36,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor: 'auth on endpoints (FastAPI security dependencies, Flask/Django auth decorators, JWT checks, passport/express-jwt/hono auth), network policies, private endpoints, TLS and gateway authorizers in IaC',
  toYes: 'Require authentication on the prediction endpoints and restrict network access (network policy, private endpoint, TLS) in IaC',
  async answer({ facts, profile }) {
    const [found, dependencies, serving] = await Promise.all([
      findEvidence(facts, ENDPOINT_AUTH, NETWORK_SECURITY_PROBES),
      authDependencies(facts),
      servingAnalysis(facts),
    ]);
    const routes = (await facts.api()).gatewayRoutes ?? [];
    const gatewayAuth = routes.filter((r) => r.auth !== null).map((r) => evidence(r.file, r.line, `API Gateway route ${r.route}: ${r.auth ?? ''}`));
    const proof = nonEmpty([...asEvidence(found.usages), ...dependencies.slice(0, 4), ...gatewayAuth.slice(0, 3)]);
    if (proof) {
      const what = toolNames([...found.usages, ...dependencies.map(() => ({ tool: 'FastAPI auth dependency' })), ...gatewayAuth.map(() => ({ tool: 'API Gateway auth' }))]);
      return yes(`Endpoint authentication or network controls are defined (${what}); a person should confirm they meet the security guidelines.`, proof, {
        confidence: 'medium',
      });
    }
    const hints = [
      ...importHints(found.importOnly),
      'Authentication may be enforced by a gateway or platform outside this repository (managed endpoints use IAM/keys).',
    ];
    // "Unless clear": the public entry point is an API Gateway route declared here with no authorizer,
    // API key or IAM auth, so anyone can call it even when the model behind it is a managed endpoint.
    const open = routes.filter((r) => r.auth === null);
    const openProof = nonEmpty(open.slice(0, 4).map((r) => evidence(r.file, r.line, `API Gateway route ${r.route} (${r.via}) requires no authorizer, API key or IAM auth`)));
    if (openProof) {
      return no('The prediction API is exposed through API Gateway routes declared in this repository without an authorizer, API key or IAM auth.', [
        'Auth/Authorizer/ApiKeyRequired on SAM Api/HttpApi events, DefaultAuthorizer on the API and in Globals',
        'AuthorizationType/ApiKeyRequired on AWS::ApiGateway::Method',
        ...NETWORK_LOOKED_AT,
      ], { evidence: openProof, confidence: 'medium', hints: [...hints, 'A WAF or resource policy attached outside these templates would change this; confirm.'] });
    }
    // A managed endpoint (Databricks, SageMaker, Vertex, Azure ML) requires the platform's credentials
    // on every call, so missing auth code proves nothing; whether it meets the guidelines is a person's call.
    const managed = serving.servers.filter((s) => s.capability === 'managed-endpoint');
    if (managed.length > 0) {
      return unanswered(`Predictions are served by ${toolNames(managed)}, which authenticates callers with platform credentials; network restrictions were not found here.`, {
        hints: [...hints, 'Check the endpoint\'s network access (private link, IP allow lists) and who holds tokens or roles to call it.'],
        evidence: asEvidence(managed, 3),
      });
    }
    // "Unless clear": the repository holds the whole system only when it has both the serving code and
    // its deployment definition; then missing auth and network controls are visible.
    if (serving.selfHosted && profile.iac.present) {
      return no(
        'The serving code and its deployment are in this repository, and neither adds authentication nor network restrictions.',
        ['FastAPI/Flask/Django/express auth in serving code', ...NETWORK_LOOKED_AT],
        { confidence: 'medium', hints },
      );
    }
    return unanswered('No endpoint authentication or network controls were found here; they may live in a gateway or platform outside the repository.', {
      hints,
      evidence: asEvidence(serving.evidence, 3),
    });
  },
};

/** `Depends(verify_token)` / `Security(get_current_user)` in FastAPI code. */
async function authDependencies(facts: Parameters<Rule['answer']>[0]['facts']): Promise<Evidence[]> {
  const modules = await (await facts.code()).modulesMentioning(['fastapi']);
  return modules
    .filter((m) => !isTestFile(m.file))
    .flatMap((m) =>
      m.calls
        .filter((c) => (c.callee === 'fastapi.Depends' || c.callee === 'fastapi.Security') && AUTH_DEPENDENCY.test(c.snippet))
        .map((c) => evidence(m.file, c.line, `FastAPI auth dependency: ${c.snippet}`)),
    );
}
