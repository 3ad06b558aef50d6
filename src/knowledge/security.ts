import { KUBERNETES, TERRAFORM, type FileProbe } from './file-probe.js';
import type { CapabilitySignature } from './select.js';
import { DJANGO, FASTAPI, FASTIFY, HONO } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/** Authentication on API endpoints (criterion 36). */
export const SECURITY_TOOLS: readonly Tool<'endpoint-auth'>[] = [
  {
    ...FASTAPI,
    proves: {
      'endpoint-auth': {
        label: 'FastAPI security',
        imports: ['fastapi'],
        calls: [
          'fastapi.security.OAuth2PasswordBearer',
          'fastapi.security.OAuth2AuthorizationCodeBearer',
          'fastapi.security.HTTPBearer',
          'fastapi.security.HTTPBasic',
          'fastapi.security.HTTPDigest',
          'fastapi.security.APIKeyHeader',
          'fastapi.security.APIKeyQuery',
          'fastapi.security.APIKeyCookie',
          'fastapi.security.OpenIdConnect',
          'fastapi.security.api_key.APIKeyHeader',
          'fastapi.security.http.HTTPBearer',
        ],
      },
    },
  },
  {
    id: 'flask-httpauth',
    name: 'Flask-HTTPAuth',
    docs: 'https://flask-httpauth.readthedocs.io/',
    proves: { 'endpoint-auth': { imports: ['flask_httpauth'], calls: ['flask_httpauth.HTTPTokenAuth', 'flask_httpauth.HTTPBasicAuth', 'flask_httpauth.MultiAuth'] } },
  },
  {
    id: 'flask-jwt-extended',
    name: 'Flask-JWT-Extended',
    docs: 'https://flask-jwt-extended.readthedocs.io/',
    proves: {
      'endpoint-auth': { imports: ['flask_jwt_extended'], calls: ['flask_jwt_extended.JWTManager', 'flask_jwt_extended.verify_jwt_in_request'], decorators: ['flask_jwt_extended.jwt_required'] },
    },
  },
  { id: 'flask-login', name: 'Flask-Login', docs: 'https://flask-login.readthedocs.io/', proves: { 'endpoint-auth': { imports: ['flask_login'], decorators: ['flask_login.login_required'] } } },
  {
    ...DJANGO,
    proves: {
      'endpoint-auth': {
        label: 'Django auth',
        imports: ['django', 'rest_framework'],
        decorators: ['django.contrib.auth.decorators.login_required', 'rest_framework.decorators.permission_classes', 'rest_framework.decorators.authentication_classes'],
      },
    },
  },
  {
    // PyJWT, python-jose, jsonwebtoken and jose: one check, whichever library makes it.
    id: 'jwt-verification',
    name: 'JWT verification',
    docs: 'https://jwt.io/libraries',
    proves: {
      'endpoint-auth': { imports: ['jwt', 'jose', 'jsonwebtoken', 'jose'], calls: ['jwt.decode', 'jose.jwt.decode', 'jsonwebtoken.verify', 'jsonwebtoken.default.verify', 'jose.jwtVerify'] },
    },
  },
  { id: 'passport', name: 'Passport', docs: 'https://www.passportjs.org/docs/', proves: { 'endpoint-auth': { imports: ['passport'], calls: ['passport.authenticate', 'passport.default.authenticate'] } } },
  { id: 'express-jwt', name: 'express-jwt', docs: 'https://github.com/auth0/express-jwt', proves: { 'endpoint-auth': { imports: ['express-jwt'], calls: ['express-jwt.expressjwt', 'express-jwt', 'express-jwt.default'] } } },
  {
    id: 'express-oauth2-jwt-bearer',
    name: 'express-oauth2-jwt-bearer',
    docs: 'https://github.com/auth0/node-oauth2-jwt-bearer',
    proves: { 'endpoint-auth': { imports: ['express-oauth2-jwt-bearer'], calls: ['express-oauth2-jwt-bearer.auth', 'express-oauth2-jwt-bearer.requiredScopes'] } },
  },
  {
    ...FASTIFY,
    proves: { 'endpoint-auth': { label: 'Fastify auth', imports: ['@fastify/jwt', '@fastify/auth', '@fastify/bearer-auth', '@fastify/basic-auth'], calls: ['*.register', '*.jwtVerify'] } },
  },
  {
    ...HONO,
    proves: {
      'endpoint-auth': { label: 'Hono auth', imports: ['hono/jwt', 'hono/bearer-auth', 'hono/basic-auth'], calls: ['hono/jwt.jwt', 'hono/bearer-auth.bearerAuth', 'hono/basic-auth.basicAuth'] },
    },
  },
];

export const ENDPOINT_AUTH: readonly CapabilitySignature<'endpoint-auth'>[] = signaturesOf(SECURITY_TOOLS, ['endpoint-auth']);

/** `Depends(verify_token)`: a FastAPI dependency whose function name says authentication. */
export const AUTH_DEPENDENCY = /\b(Depends|Security)\(\s*[\w.]*(auth|token|api_?key|current_user|jwt|verify|credential|bearer|permission)/i;

/** Network controls and TLS in IaC and manifests. */
export const NETWORK_SECURITY_PROBES: readonly FileProbe[] = [
  { tool: 'Kubernetes NetworkPolicy', capability: 'network-security', files: KUBERNETES, line: /^\s*kind:\s*(NetworkPolicy|CiliumNetworkPolicy)\s*$/ },
  { tool: 'Istio auth', capability: 'network-security', files: KUBERNETES, line: /^\s*kind:\s*(AuthorizationPolicy|PeerAuthentication|RequestAuthentication)\s*$/ },
  { tool: 'Ingress TLS', capability: 'network-security', files: KUBERNETES, line: /^\s*tls\s*:/, fileAlso: /kind:\s*(Ingress|Gateway)\b/ },
  { tool: 'Private endpoint', capability: 'network-security', files: TERRAFORM, line: /resource\s+"(aws_vpc_endpoint|azurerm_private_endpoint|google_compute_global_address|google_service_networking_connection|databricks_mws_private_access_settings)"/ },
  { tool: 'Public access disabled', capability: 'network-security', files: TERRAFORM, line: /^\s*(public_network_access_enabled|public_network_access)\s*=\s*(false|"Disabled")/ },
  { tool: 'SageMaker network isolation', capability: 'network-security', files: TERRAFORM, line: /^\s*(enable_network_isolation\s*=\s*true|vpc_config\s*\{)/, fileAlso: /aws_sagemaker_model/ },
  { tool: 'API gateway authorizer', capability: 'network-security', files: TERRAFORM, line: /resource\s+"(aws_api_gateway_authorizer|aws_apigatewayv2_authorizer|aws_wafv2_web_acl|azurerm_api_management_api_policy)"|^\s*authorization\s*=\s*"(AWS_IAM|COGNITO_USER_POOLS|CUSTOM)"/ },
  { tool: 'HTTPS listener', capability: 'network-security', files: TERRAFORM, line: /^\s*ssl_policy\s*=|^\s*protocol\s*=\s*"HTTPS"/ },
  { tool: 'Azure ML endpoint auth', capability: 'network-security', files: ['**/*.yml', '**/*.yaml'], line: /^\s*(auth_mode\s*:\s*(key|aml_token|aad_token)|public_network_access\s*:\s*disabled)/, fileAlso: /OnlineEndpoint\.schema\.json/ },
];
