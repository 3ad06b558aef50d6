import type { Rule } from './rule.js';
import { no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { dataPrepCode, firstPerFile, toolNames, trainingCode } from '../evidence/ml-lifecycle.js';
import { illustrativeHints } from '../evidence/usages.js';

export const rule: Rule = {
  id: 17,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'tracked training code (fit/train with scikit-learn, PyTorch, Lightning, TensorFlow/Keras, XGBoost, LightGBM, CatBoost, Hugging Face ...) together with data preparation code, and serving code where the project serves online',
  toYes: 'Keep the model training code in the repository next to the data preparation code (and the API code when the model is served online).',
  async answer({ facts, profile }) {
    const training = await trainingCode(facts);
    const trainingEvidence = nonEmpty(firstPerFile(training.usages, 4));
    if (!trainingEvidence) {
      return no(
        'No model training code (a fit, a training loop or a trainer) is tracked in the repository.',
        ['Python sources and notebooks (training library calls)'],
        {
          evidence: training.importOnly.slice(0, 5),
          hints: [
            ...(training.importOnly.length > 0 ? ['ML libraries are imported but nothing is trained; check whether training lives in another repository.'] : []),
            ...illustrativeHints(training.illustrative, 'Model training'),
          ],
        },
      );
    }
    const prep = await dataPrepCode(facts);
    const dataEvidence = firstPerFile(prep.usages, 3);
    const servingEvidence = profile.realtime.present ? profile.realtime.evidence.slice(0, 2) : [];
    if (dataEvidence.length === 0 && prep.sqlFiles.length === 0) {
      return unanswered(
        `Training code is tracked (${toolNames(training.usages)}) but no data preparation code was found beside it.`,
        { evidence: trainingEvidence, hints: ['Check where the training data is prepared; criterion 17 asks for both in version control.'] },
      );
    }
    const serving = profile.realtime.present ? ' and the online serving code' : '';
    return yes(`Training code (${toolNames(training.usages)}) is tracked with the data preparation code${serving}.`, [
      ...trainingEvidence,
      ...dataEvidence,
      ...servingEvidence,
    ]);
  },
};
