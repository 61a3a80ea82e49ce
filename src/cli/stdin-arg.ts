/**
 * The argument that stands for standard input (`check -`, `progress - --history FILE`). A module of
 * its own so that a command's bundle can name it without loading what reads profiles (load.ts,
 * the macro snapshot with it).
 */
export const STDIN = '-';
