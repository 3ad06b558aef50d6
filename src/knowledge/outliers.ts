import type { ToolSignature } from './signature.js';

/** Outlier and out-of-distribution detectors (criteria 46, 57). */
export const OUTLIER_DETECTORS: readonly ToolSignature[] = [
  { tool: 'alibi-detect', capability: 'outlier-detection', imports: ['alibi_detect'], calls: ['alibi_detect.od.**'] },
  { tool: 'PyOD', capability: 'outlier-detection', imports: ['pyod'], calls: ['pyod.models.**'] },
  { tool: 'PyTorch OOD', capability: 'outlier-detection', imports: ['pytorch_ood'], calls: ['pytorch_ood.detector.**'] },
];

/**
 * Generic estimators that are often used to clean training data rather than to guard predictions:
 * a hint, never proof, unless called by serving code.
 */
export const GENERIC_OUTLIER_ESTIMATORS: readonly ToolSignature[] = [
  {
    tool: 'scikit-learn outlier estimator',
    capability: 'outlier-estimator',
    imports: ['sklearn'],
    calls: ['sklearn.ensemble.IsolationForest', 'sklearn.neighbors.LocalOutlierFactor', 'sklearn.svm.OneClassSVM', 'sklearn.covariance.EllipticEnvelope'],
  },
];

/** Uncertainty estimates and input validation in serving (criterion 57). */
export const UNCERTAINTY_AND_VALIDATION: readonly ToolSignature[] = [
  { tool: 'MAPIE', capability: 'uncertainty', imports: ['mapie'], calls: ['mapie.**'] },
  { tool: 'crepes', capability: 'uncertainty', imports: ['crepes'], calls: ['crepes.**'] },
  { tool: 'TensorFlow Data Validation', capability: 'input-validation', imports: ['tensorflow_data_validation'], calls: ['tensorflow_data_validation.validate_statistics', 'tensorflow_data_validation.validate_examples_in_tfrecord'] },
  { tool: 'pandera', capability: 'input-validation', imports: ['pandera'], calls: ['pandera.Check.in_range', 'pandera.Check.between', 'pandera.Check.ge', 'pandera.Check.le', 'pandera.Check.greater_than_or_equal_to', 'pandera.Check.less_than_or_equal_to'] },
  { tool: 'Great Expectations', capability: 'input-validation', imports: ['great_expectations'], calls: ['great_expectations.**.ExpectColumnValuesToBeBetween', '**.expect_column_values_to_be_between'] },
];

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
