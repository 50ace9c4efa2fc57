// Error codes of this area with their Chinese messages. Add codes here; never reuse or rename one.
export const AUTH_ERRORS = {
} as const satisfies Record<string, string>;
