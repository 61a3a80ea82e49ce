/** Types for scripts/generate-validator.mjs (imported by build.mjs and the tests in test/profile/). */
export declare const GENERATED: string;
export declare const GENERATE_COMMAND: string;
/** `root`: the repository to read src/profile/ from; the one holding the script by default. */
export declare function generateValidatorSource(root?: string): Promise<string>;
/** One line naming the command to run when the committed generated file is missing or stale; undefined when current. */
export declare function staleGenerated(root?: string): Promise<string | undefined>;
