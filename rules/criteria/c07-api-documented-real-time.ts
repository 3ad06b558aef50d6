import { askPerson } from '../ask-person.js';

export const rule = askPerson(7, {
  looksFor: "OpenAPI/Swagger file, FastAPI/pydantic request+response models, protobuf, BentoML/KServe signatures, API doc page",
  toYes: "Add evidence such as: OpenAPI/Swagger file, FastAPI/pydantic request+response models, protobuf, BentoML/KServe signatures, API doc page",
  hints: ["Check: API documented (real-time): request/response, types.", "Spec: n/a without real-time serving; no when serving exists with untyped/undocumented endpoints."],
});
