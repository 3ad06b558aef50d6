import path from 'node:path';
import type { Facts } from '../evidence/facts.js';
import type { RepoIndex } from '../repo/repo-index.js';
import { batchScoringEvidence } from './batch-trait.js';
import { trait, type LanguageShare, type Profile } from './profile.js';
import { servingAnalysis } from '../evidence/serving.js';
import { abTestingFindings, featureStoreFindings } from './traits.js';
import { asEvidence } from '../evidence/usages.js';
import { trainingCode } from '../evidence/ml-lifecycle.js';

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.py': 'Python',
  '.ipynb': 'Jupyter Notebook',
  '.r': 'R',
  '.scala': 'Scala',
  '.java': 'Java',
  '.go': 'Go',
  '.rs': 'Rust',
  '.js': 'JavaScript',
  '.mjs': 'JavaScript',
  '.ts': 'TypeScript',
  '.tsx': 'TypeScript',
  '.sql': 'SQL',
  '.tf': 'HCL',
  '.sh': 'Shell',
  '.cpp': 'C++',
  '.c': 'C',
  '.jl': 'Julia',
};

export function languagesOf(index: RepoIndex): LanguageShare[] {
  const counts = new Map<string, number>();
  for (const file of index.files) {
    const name = LANGUAGE_BY_EXTENSION[path.posix.extname(file).toLowerCase()];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, files]) => ({ name, files })).sort((a, b) => b.files - a.files);
}

/**
 * The project profile, computed once per scan and handed to every rule.
 * Real-time serving needs call-site or manifest evidence of a model server: a web app counts only when
 * it has routes and loads a model or calls predict (a FastAPI docs site or CRUD app is not serving);
 * a feature server alone is not serving.
 */
export async function detectProfile(index: RepoIndex, facts: Facts): Promise<Profile> {
  const [iac, serving, batch, featureStore, abTesting, training] = await Promise.all([
    facts.iac(),
    servingAnalysis(facts),
    batchScoringEvidence(facts),
    featureStoreFindings(facts),
    abTestingFindings(facts),
    trainingCode(facts),
  ]);
  const realtime = trait(asEvidence(serving.evidence, 5), 'online model serving (FastAPI/Flask/BentoML/KServe/managed online endpoints ...)', 'probable', serving.scope);
  const batchTrait = trait(batch.slice(0, 5), 'scheduled or pipeline-driven scoring jobs');
  return {
    languages: languagesOf(index),
    ml: trait([...asEvidence(training.usages, 3), ...realtime.evidence.slice(0, 1), ...batchTrait.evidence.slice(0, 1)], 'model training, serving or batch scoring code'),
    realtime,
    batch: batchTrait,
    iac: trait(
      iac.files.map((f) => ({ file: f.file, line: f.line, note: f.note })).slice(0, 5),
      `infrastructure as code (${iac.lookedAt.join(', ')})`,
      // Platform job/cluster configs leave criterion 9 to a person, and with it whether IaC criteria apply.
      iac.platformConfigs.length > 0 ? 'open' : 'settled',
    ),
    featureStore: trait(asEvidence(featureStore.usages, 5), 'feature store definitions or APIs (Feast, Tecton, Hopsworks, Databricks/SageMaker/Vertex)'),
    abTesting: trait(asEvidence(abTesting.usages, 5), 'traffic split between model versions or experiment SDKs'),
  };
}
