import type { Rule } from './rule.js';
import { evidence, nonEmpty, unanswered, yes } from '../model/answer.js';
import { probeFiles } from '../evidence/probe-files.js';
import { firstPerFile } from '../evidence/ml-lifecycle.js';
import { PLATFORM_COMPUTE_PROBES } from '../knowledge/compute.js';

const HINT =
  "Check that each training run and deployment records the compute it ran on (cluster, instance type, image): in the experiment tracker's run metadata, the platform's job history (SageMaker, Vertex AI, Azure ML, Databricks), or the IaC revision deployed.";

export const rule: Rule = {
  id: 23,
  kind: 'detects',
  answers: ['yes', 'unanswered'],
  looksFor: 'infrastructure as code together with the compute a managed ML platform runs training and serving on, declared in versioned config or code (Azure ML compute and instance types, SageMaker instance types, Vertex AI machine types)',
  toYes: 'Define the infrastructure as code and declare the compute of each training job and deployment in versioned config, so the platform records it with every run.',
  async answer({ facts }) {
    const [iac, compute] = await Promise.all([facts.iac(), probeFiles(facts, PLATFORM_COMPUTE_PROBES)]);
    const declared = firstPerFile(compute, 3);
    const infrastructure = iac.files[0];
    const proof = nonEmpty([...(infrastructure ? [evidence(infrastructure.file, infrastructure.line, infrastructure.note)] : []), ...declared]);
    if (infrastructure && declared.length > 0 && proof) {
      return yes(
        'The infrastructure is code and the platform jobs and deployments declare the compute they run on, which the platform records with each run; confirm every run goes through them.',
        proof,
        { confidence: 'medium', hints: [HINT] },
      );
    }
    return unanswered('A repository cannot settle this; a person who knows the project must answer.', {
      evidence: proof ?? [],
      hints: [HINT],
    });
  },
};
