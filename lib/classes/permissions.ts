// The typed permission map: which role may do what in classes. Ownership (this instructor's
// class, this student's membership) is checked on top of it in lib/server.

export type Role = "student" | "instructor";

export const PERMISSIONS = {
  "class:create": ["instructor"],
  "class:manage": ["instructor"],
  "class:join": ["student"],
  "deck:curate": ["instructor"],
  "assignment:create": ["instructor"],
  "assignment:take": ["student"],
  "results:read": ["instructor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** What a refusal says, written for the person who tried. */
export const PERMISSION_DENIED: Record<Permission, string> = {
  "class:create": "Only instructors can create classes.",
  "class:manage": "Only the class's instructor can change it.",
  "class:join": "Instructors cannot join a class as a student. Sign in with a student account to join.",
  "deck:curate": "Only instructors can review and edit deck items.",
  "assignment:create": "Only instructors can assign quizzes.",
  "assignment:take": "Assignments are taken by the class's students. Instructors can preview a deck by starting a quiz from it.",
  "results:read": "Only the class's instructor can read its results.",
};
