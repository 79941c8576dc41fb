// Role-only permissions that concern no existing resource: creating a class and joining one.
// Everything done to a document, deck or class is in the authorization matrix (lib/access,
// docs/decisions/040).

export type Role = "student" | "instructor";

export const PERMISSIONS = {
  "class:create": ["instructor"],
  "class:join": ["student"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** What a refusal says, written for the person who tried. */
export const PERMISSION_DENIED: Record<Permission, string> = {
  "class:create": "Only instructors can create classes.",
  "class:join": "Instructors cannot join a class as a student. Sign in with a student account to join.",
};
