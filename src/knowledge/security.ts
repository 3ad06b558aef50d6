import { KUBERNETES, TERRAFORM, type FileProbe } from './file-probe.js';
import type { ToolSignature } from './signature.js';

/** Authentication on API endpoints (criterion 36). */
export const ENDPOINT_AUTH: readonly ToolSignature[] = [
  {
    tool: 'FastAPI security',
    capability: 'endpoint-auth',
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
  { tool: 'Flask-HTTPAuth', capability: 'endpoint-auth', imports: ['flask_httpauth'], calls: ['flask_httpauth.HTTPTokenAuth', 'flask_httpauth.HTTPBasicAuth', 'flask_httpauth.MultiAuth'] },
  { tool: 'Flask-JWT-Extended', capability: 'endpoint-auth', imports: ['flask_jwt_extended'], calls: ['flask_jwt_extended.JWTManager', 'flask_jwt_extended.verify_jwt_in_request'], decorators: ['flask_jwt_extended.jwt_required'] },
  { tool: 'Flask-Login', capability: 'endpoint-auth', imports: ['flask_login'], decorators: ['flask_login.login_required'] },
  { tool: 'Django auth', capability: 'endpoint-auth', imports: ['django', 'rest_framework'], decorators: ['django.contrib.auth.decorators.login_required', 'rest_framework.decorators.permission_classes', 'rest_framework.decorators.authentication_classes'] },
  { tool: 'JWT verification', capability: 'endpoint-auth', imports: ['jwt', 'jose', 'jsonwebtoken', 'jose'], calls: ['jwt.decode', 'jose.jwt.decode', 'jsonwebtoken.verify', 'jsonwebtoken.default.verify', 'jose.jwtVerify'] },
  { tool: 'Passport', capability: 'endpoint-auth', imports: ['passport'], calls: ['passport.authenticate', 'passport.default.authenticate'] },
  { tool: 'express-jwt', capability: 'endpoint-auth', imports: ['express-jwt'], calls: ['express-jwt.expressjwt', 'express-jwt', 'express-jwt.default'] },
  { tool: 'express-oauth2-jwt-bearer', capability: 'endpoint-auth', imports: ['express-oauth2-jwt-bearer'], calls: ['express-oauth2-jwt-bearer.auth', 'express-oauth2-jwt-bearer.requiredScopes'] },
  { tool: 'Fastify auth', capability: 'endpoint-auth', imports: ['@fastify/jwt', '@fastify/auth', '@fastify/bearer-auth', '@fastify/basic-auth'], calls: ['*.register', '*.jwtVerify'] },
  { tool: 'Hono auth', capability: 'endpoint-auth', imports: ['hono/jwt', 'hono/bearer-auth', 'hono/basic-auth'], calls: ['hono/jwt.jwt', 'hono/bearer-auth.bearerAuth', 'hono/basic-auth.basicAuth'] },
];

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
