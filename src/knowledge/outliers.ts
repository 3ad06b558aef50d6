import type { CapabilitySignature } from './select.js';
import { ALIBI_DETECT, GREAT_EXPECTATIONS, PANDERA, SCIKIT_LEARN } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Guarding predictions (criteria 46, 57):
 * - outlier-detection: an outlier or out-of-distribution detector;
 * - outlier-estimator: a generic estimator that is often used to clean training data rather than to
 *   guard predictions: a hint, never proof, unless called by serving code;
 * - uncertainty: an uncertainty estimate; input-validation: inputs checked against expected ranges.
 */
export type OutlierCapability = 'outlier-detection' | 'outlier-estimator' | 'uncertainty' | 'input-validation';

export const OUTLIER_TOOLS: readonly Tool<OutlierCapability>[] = [
  { ...ALIBI_DETECT, proves: { 'outlier-detection': { imports: ['alibi_detect'], calls: ['alibi_detect.od.**'] } } },
  { id: 'pyod', name: 'PyOD', docs: 'https://pyod.readthedocs.io/', proves: { 'outlier-detection': { imports: ['pyod'], calls: ['pyod.models.**'] } } },
  { id: 'pytorch-ood', name: 'PyTorch OOD', docs: 'https://pytorch-ood.readthedocs.io/', proves: { 'outlier-detection': { imports: ['pytorch_ood'], calls: ['pytorch_ood.detector.**'] } } },
  {
    ...SCIKIT_LEARN,
    proves: {
      'outlier-estimator': {
        label: 'scikit-learn outlier estimator',
        imports: ['sklearn'],
        calls: ['sklearn.ensemble.IsolationForest', 'sklearn.neighbors.LocalOutlierFactor', 'sklearn.svm.OneClassSVM', 'sklearn.covariance.EllipticEnvelope'],
      },
    },
  },
  { id: 'mapie', name: 'MAPIE', docs: 'https://mapie.readthedocs.io/', proves: { uncertainty: { imports: ['mapie'], calls: ['mapie.**'] } } },
  { id: 'crepes', name: 'crepes', docs: 'https://crepes.readthedocs.io/', proves: { uncertainty: { imports: ['crepes'], calls: ['crepes.**'] } } },
  {
    id: 'tensorflow-data-validation',
    name: 'TensorFlow Data Validation',
    docs: 'https://www.tensorflow.org/tfx/guide/tfdv',
    proves: {
      'input-validation': { imports: ['tensorflow_data_validation'], calls: ['tensorflow_data_validation.validate_statistics', 'tensorflow_data_validation.validate_examples_in_tfrecord'] },
    },
  },
  {
    ...PANDERA,
    proves: {
      'input-validation': {
        imports: ['pandera'],
        calls: ['pandera.Check.in_range', 'pandera.Check.between', 'pandera.Check.ge', 'pandera.Check.le', 'pandera.Check.greater_than_or_equal_to', 'pandera.Check.less_than_or_equal_to'],
      },
    },
  },
  {
    ...GREAT_EXPECTATIONS,
    proves: { 'input-validation': { imports: ['great_expectations'], calls: ['great_expectations.**.ExpectColumnValuesToBeBetween', '**.expect_column_values_to_be_between'] } },
  },
];

/** Outlier and out-of-distribution detectors (criteria 46, 57). */
export const OUTLIER_DETECTORS: readonly CapabilitySignature<OutlierCapability>[] = signaturesOf(OUTLIER_TOOLS, ['outlier-detection']);

/**
 * Generic estimators that are often used to clean training data rather than to guard predictions:
 * a hint, never proof, unless called by serving code.
 */
export const GENERIC_OUTLIER_ESTIMATORS: readonly CapabilitySignature<OutlierCapability>[] = signaturesOf(OUTLIER_TOOLS, ['outlier-estimator']);

/** Uncertainty estimates and input validation in serving (criterion 57). */
export const UNCERTAINTY_AND_VALIDATION: readonly CapabilitySignature<OutlierCapability>[] = signaturesOf(OUTLIER_TOOLS, ['uncertainty', 'input-validation']);

/** Range constraints on request fields (`Field(ge=0, le=120)`): validation against expected ranges. */
export const RANGE_KEYWORDS: readonly string[] = ['ge', 'le', 'gt', 'lt'];
export const RANGE_FIELD_CALLS: readonly string[] = ['pydantic.Field', 'pydantic.conint', 'pydantic.confloat'];

/**
 * Low-certainty handling in serving code: a predicted probability or confidence compared with a threshold
 * in a condition (`if prob[pred] < self.threshold: prediction = "other"`). All three parts must be on
 * the line; an assignment such as `y = proba > threshold` is a decision rule, not a certainty check.
 */
export const CONFIDENCE_THRESHOLD = {
  condition: /^\s*(if|elif|while|assert)\b|\bif\b.*\belse\b|\b(where|filter)\(/,
  comparison: /(?<![-<>=])[<>]=?(?![<>])/,
  certainty: /prob|confidence|certainty|uncertain|softmax|entropy/i,
  threshold: /thresh|cutoff|min_conf|max_uncert|min_prob/i,
} as const;
