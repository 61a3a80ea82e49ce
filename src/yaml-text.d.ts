/** A YAML file imported as its text (build.mjs: esbuild's `text` loader; vitest.config.ts). */
declare module '*.yaml' {
  const text: string;
  export default text;
}

/** A YAML data file, read at build time (build.mjs, vitest.config.ts): the data it holds, unchecked. */
declare module '*.yaml?data' {
  const data: unknown;
  export default data;
}
