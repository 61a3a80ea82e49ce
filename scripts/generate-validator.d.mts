/** Types for scripts/generate-validator.mjs (imported by build.mjs and test/profile/validator.test.ts). */
export declare const GENERATED: string;
export declare function generateValidatorSource(): Promise<string>;
