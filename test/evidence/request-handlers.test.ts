import { describe, expect, it } from 'vitest';
import { requestHandlerAt } from '../../src/evidence/request-handlers.js';

const SERVE = [
  'app = flask.Flask(__name__)',
  'if model_dir.startswith("gs://"):',
  '  logging.info("Download %s", model_dir)',
  '',
  '@app.route("/predict", methods=["POST"])',
  'def predict():',
  '  data = flask.request.get_json()',
  '  logging.info("request %s", data)',
  '',
  'def _load(path):',
  '  logging.info("loading %s", path)',
  '',
  'def lambda_handler(event, context):',
  '  def parse(body):',
  '    logger.info("raw %s", body)',
  '  logger.info("prediction %s", event)',
];

describe('requestHandlerAt', () => {
  it('does not read start-up or helper code as a request handler', () => {
    expect(requestHandlerAt(SERVE, 2)).toBeNull();
    expect(requestHandlerAt(SERVE, 10)).toBeNull();
  });

  it('finds routes, Lambda handlers and helpers nested in them', () => {
    expect(requestHandlerAt(SERVE, 7)).toBe('predict');
    expect(requestHandlerAt(SERVE, 15)).toBe('lambda_handler');
    expect(requestHandlerAt(SERVE, 14)).toBe('lambda_handler');
  });
});
