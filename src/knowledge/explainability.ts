import type { ToolSignature } from './signature.js';

/** Explainers that explain a model's outputs (criterion 54). */
export const EXPLAINERS: readonly ToolSignature[] = [
  { tool: 'SHAP', capability: 'explainer', imports: ['shap'], calls: ['shap.**'] },
  { tool: 'LIME', capability: 'explainer', imports: ['lime'], calls: ['lime.**'] },
  { tool: 'Captum', capability: 'explainer', imports: ['captum'], calls: ['captum.attr.**', 'captum.concept.**'] },
  { tool: 'InterpretML', capability: 'explainer', imports: ['interpret'], calls: ['interpret.glassbox.**', 'interpret.blackbox.**', 'interpret.show', 'interpret.perf.**'] },
  { tool: 'alibi explainers', capability: 'explainer', imports: ['alibi'], calls: ['alibi.explainers.**'] },
  { tool: 'ELI5', capability: 'explainer', imports: ['eli5'], calls: ['eli5.**'] },
  { tool: 'DALEX', capability: 'explainer', imports: ['dalex'], calls: ['dalex.Explainer'] },
  { tool: 'SageMaker Clarify', capability: 'explainer', imports: ['sagemaker'], hintImports: ['sagemaker.clarify'], calls: ['sagemaker.clarify.SHAPConfig', 'sagemaker.clarify.SageMakerClarifyProcessor', 'sagemaker.clarify.ExplainabilityConfig'] },
  // Only the explain call: `explain.ExplanationMetadata`/`ExplanationSpec` configure explanations a job
  // may compute; passing them through returns nothing to anyone.
  { tool: 'Vertex Explainable AI', capability: 'explainer', imports: ['google.cloud.aiplatform'], hintImports: ['google.cloud.aiplatform.explain'], calls: ['**.explain'] },
];

/** Explainers whose call must hand its explanations on (assigned, returned, logged) to count. */
export const RESULT_MUST_BE_USED: ReadonlySet<string> = new Set(['Vertex Explainable AI']);

/** A call line whose result is kept: assigned, returned, yielded, or passed to a log/print/write. */
export const RESULT_USED = /^\s*(return\b|yield\b|[\w.\[\]'", ]+=(?!=)|.*\b(log\w*|print|write|append|dump\w*|jsonify)\s*\()/;
