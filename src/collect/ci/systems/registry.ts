import type { CiSystem } from '../model.js';
import { azurePipelines } from './azure-pipelines/index.js';
import { bitbucketPipelines } from './bitbucket-pipelines/index.js';
import { circleci } from './circleci/index.js';
import { cloudBuild } from './cloud-build/index.js';
import { codePipeline } from './codepipeline/index.js';
import type { CiSystemDefinition } from './definition.js';
import { drone } from './drone/index.js';
import { githubActions } from './github-actions/index.js';
import { gitlabCi } from './gitlab-ci/index.js';
import { jenkins } from './jenkins/index.js';

/**
 * Every CI/CD system read, by id: one line per folder of `systems/` (a test checks the two agree), typed
 * by the `CiSystem` union so that an id without its definition, or a definition under another id, does
 * not compile.
 */
export const CI_SYSTEMS: { readonly [S in CiSystem]: CiSystemDefinition<S> } = {
  'github-actions': githubActions,
  'gitlab-ci': gitlabCi,
  'azure-pipelines': azurePipelines,
  jenkins,
  circleci,
  'bitbucket-pipelines': bitbucketPipelines,
  codepipeline: codePipeline,
  'cloud-build': cloudBuild,
  drone,
};

/** The systems in the order their pipelines are read and listed. */
export const CI_SYSTEM_LIST: readonly CiSystemDefinition[] = Object.values(CI_SYSTEMS);

/** Any CI system's commit variable, as written in a step. */
export const CI_COMMIT_VARIABLE = new RegExp(CI_SYSTEM_LIST.flatMap((system) => system.commitVariables).join('|'));

/** Any CI system's own run id or number, as written in a step. */
export const CI_RUN_ID_VARIABLE = new RegExp(CI_SYSTEM_LIST.flatMap((system) => system.runIdVariables).join('|'));
