/** Limits on input documents, shared by the fast and the precise YAML paths. */

/** A hand-written profile is a few levels deep; anything deeper is hostile or a mistake (refused by the precise path). */
export const MAX_DEPTH = 64;
