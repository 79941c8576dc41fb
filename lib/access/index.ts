// Public API of the access domain: the authorization matrix and its refusal messages.
export { ACTIONS, COLUMN, RELATIONS, columnRole, decide, matrixMarkdown, matrixRows } from "./matrix";
export type { Action, Decision, MatrixRow, Relation, ResourceState, Role } from "./matrix";
export { refusalMessage } from "./messages";
