import type { CapabilitySignature } from './select.js';
import { SAGEMAKER, VERTEX_AI } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Explaining a model's outputs (criterion 54).
 * - explainer: a library or service that computes explanations;
 * - explanation-request: a call asking a managed endpoint for explanations, which explains something
 *   only when its result is handed on (assigned, returned, logged): see RESULT_USED.
 */
export type ExplainabilityCapability = 'explainer' | 'explanation-request';

export const EXPLAINABILITY_TOOLS: readonly Tool<ExplainabilityCapability>[] = [
  { id: 'shap', name: 'SHAP', docs: 'https://shap.readthedocs.io/', proves: { explainer: { imports: ['shap'], calls: ['shap.**'] } } },
  { id: 'lime', name: 'LIME', docs: 'https://lime-ml.readthedocs.io/', proves: { explainer: { imports: ['lime'], calls: ['lime.**'] } } },
  { id: 'captum', name: 'Captum', docs: 'https://captum.ai/docs/introduction', proves: { explainer: { imports: ['captum'], calls: ['captum.attr.**', 'captum.concept.**'] } } },
  {
    id: 'interpretml',
    name: 'InterpretML',
    docs: 'https://interpret.ml/docs/',
    proves: { explainer: { imports: ['interpret'], calls: ['interpret.glassbox.**', 'interpret.blackbox.**', 'interpret.show', 'interpret.perf.**'] } },
  },
  { id: 'alibi', name: 'Alibi', docs: 'https://docs.seldon.io/projects/alibi/', proves: { explainer: { label: 'alibi explainers', imports: ['alibi'], calls: ['alibi.explainers.**'] } } },
  { id: 'eli5', name: 'ELI5', docs: 'https://eli5.readthedocs.io/', proves: { explainer: { imports: ['eli5'], calls: ['eli5.**'] } } },
  { id: 'dalex', name: 'DALEX', docs: 'https://dalex.drwhy.ai/', proves: { explainer: { imports: ['dalex'], calls: ['dalex.Explainer'] } } },
  {
    ...SAGEMAKER,
    proves: {
      explainer: {
        label: 'SageMaker Clarify',
        imports: ['sagemaker'],
        hintImports: ['sagemaker.clarify'],
        calls: ['sagemaker.clarify.SHAPConfig', 'sagemaker.clarify.SageMakerClarifyProcessor', 'sagemaker.clarify.ExplainabilityConfig'],
      },
    },
  },
  {
    ...VERTEX_AI,
    proves: {
      // Only the explain call: `explain.ExplanationMetadata`/`ExplanationSpec` configure explanations a job
      // may compute; passing them through returns nothing to anyone.
      'explanation-request': { label: 'Vertex Explainable AI', imports: ['google.cloud.aiplatform'], hintImports: ['google.cloud.aiplatform.explain'], calls: ['**.explain'] },
    },
  },
];

/** Explainers that explain a model's outputs (criterion 54). */
export const EXPLAINERS: readonly CapabilitySignature<ExplainabilityCapability>[] = signaturesOf(EXPLAINABILITY_TOOLS, ['explainer', 'explanation-request']);

/** A call line whose result is kept: assigned, returned, yielded, or passed to a log/print/write. */
export const RESULT_USED = /^\s*(return\b|yield\b|[\w.\[\]'", ]+=(?!=)|.*\b(log\w*|print|write|append|dump\w*|jsonify)\s*\()/;
