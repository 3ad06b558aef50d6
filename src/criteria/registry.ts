import type { Rule } from './rule.js';
import { rule as c01 } from './c01-business-goals-kpis-documented.js';
import { rule as c02 } from './c02-team-members-responsibilities-overview.js';
import { rule as c03 } from './c03-ml-model-risk-evaluation.js';
import { rule as c04 } from './c04-data-gathering-analysis-cleaning.js';
import { rule as c05 } from './c05-data-definition-features-their.js';
import { rule as c06 } from './c06-choice-model-documented-justified.js';
import { rule as c07 } from './c07-api-documented-real-time.js';
import { rule as c08 } from './c08-software-architecture-design-documented.js';
import { rule as c09 } from './c09-infrastructure-defined-as-code.js';
import { rule as c10 } from './c10-iac-stored-version-control.js';
import { rule as c11 } from './c11-pr-process-used-iac.js';
import { rule as c12 } from './c12-merged-pr-applies-iac.js';
import { rule as c13 } from './c13-only-cd-deploy-infrastructure.js';
import { rule as c14 } from './c14-least-two-environments-preprod.js';
import { rule as c15 } from './c15-environments-access-production-data.js';
import { rule as c16 } from './c16-data-gathering-analysis-cleaning.js';
import { rule as c17 } from './c17-model-code-vcs-data.js';
import { rule as c18 } from './c18-prs-used-ml-code.js';
import { rule as c19 } from './c19-merged-pr-deploys-code.js';
import { rule as c20 } from './c20-environment-defined-as-code.js';
import { rule as c21 } from './c21-code-deployment-process-environment.js';
import { rule as c22 } from './c22-lookup-code-commit-model.js';
import { rule as c23 } from './c23-lookup-infrastructure-used-training.js';
import { rule as c24 } from './c24-lookup-environment-used-training.js';
import { rule as c25 } from './c25-lookup-model-artifacts.js';
import { rule as c26 } from './c26-lookup-data-used-train.js';
import { rule as c27 } from './c27-retraining-strategy-present-motivated.js';
import { rule as c28 } from './c28-roll-back-strategy-previous.js';
import { rule as c29 } from './c29-infra-ci-pr-config.js';
import { rule as c30 } from './c30-infra-changes-reviewed-approved.js';
import { rule as c31 } from './c31-pre-commit-hooks-enforce.js';
import { rule as c32 } from './c32-tests-ml-steps-data.js';
import { rule as c33 } from './c33-ci-runs-automated-tests.js';
import { rule as c34 } from './c34-code-changes-approved-others.js';
import { rule as c35 } from './c35-load-stress-tests-real.js';
import { rule as c36 } from './c36-auth-networking-follow-security.js';
import { rule as c37 } from './c37-ml-code-documented-docs.js';
import { rule as c38 } from './c38-release-notes-release.js';
import { rule as c39 } from './c39-infra-cost-tracking-estimation.js';
import { rule as c40 } from './c40-infra-health-monitored-alerting.js';
import { rule as c41 } from './c41-real-time-api-requests.js';
import { rule as c42 } from './c42-batch-continuity-delivery-monitored.js';
import { rule as c43 } from './c43-offline-evaluation-metrics-stored.js';
import { rule as c44 } from './c44-feedback-loop-monitors-business.js';
import { rule as c45 } from './c45-feature-distribution-drift-recalculated.js';
import { rule as c46 } from './c46-outlier-detection-low-certainty.js';
import { rule as c47 } from './c47-features-precomputed-feature-store.js';
import { rule as c48 } from './c48-offline-training-online-prediction.js';
import { rule as c49 } from './c49-model-features-sourced-feature.js';
import { rule as c50 } from './c50-data-scientists-add-features.js';
import { rule as c51 } from './c51-feature-dependencies-managed-feature.js';
import { rule as c52 } from './c52-feature-store-tracks-feature.js';
import { rule as c53 } from './c53-feature-configuration-separated-code.js';
import { rule as c54 } from './c54-system-explains-outputs-evidence.js';
import { rule as c55 } from './c55-explanation-meaningful-user.js';
import { rule as c56 } from './c56-system-describes-how-arrived.js';
import { rule as c57 } from './c57-operates-within-knowledge-limits.js';
import { rule as c58 } from './c58-model-inputs-outputs-stored.js';
import { rule as c59 } from './c59-ab-testing-performed-regularly.js';
import { rule as c60 } from './c60-customer-gets-model-version.js';

/** Exactly one rule per criterion, in id order (checked by test/criteria/registry.test.ts). */
export const RULES: readonly Rule[] = [
  c01, c02, c03, c04, c05, c06, c07, c08, c09, c10,
  c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
  c21, c22, c23, c24, c25, c26, c27, c28, c29, c30,
  c31, c32, c33, c34, c35, c36, c37, c38, c39, c40,
  c41, c42, c43, c44, c45, c46, c47, c48, c49, c50,
  c51, c52, c53, c54, c55, c56, c57, c58, c59, c60,
];
