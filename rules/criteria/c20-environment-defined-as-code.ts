import { askPerson } from '../ask-person.js';

export const rule = askPerson(20, {
  looksFor: "dependencies locked or fully pinned (uv.lock, poetry.lock, Pipfile.lock, pdm.lock, conda-lock, requirements with ==/hashes for every line, conda env with pinned versions, package-lock.json), optionally inside a Dockerfile/devcontainer",
  toYes: "Add evidence such as: dependencies locked or fully pinned (uv.lock, poetry.lock, Pipfile.lock, pdm.lock, conda-lock, requirements with ==/hashes for every line, conda env with pinned versions, package-lock.json), optionally inside a Dockerfile/devcontainer",
  hints: ["Check: Environment defined as code, reproducible.", "Spec: no when nothing defines the environment or every definition is unpinned; a Dockerfile installing unpinned packages is not reproducible."],
});
