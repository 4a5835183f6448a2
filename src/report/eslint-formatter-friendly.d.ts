// The package ships no types; this is the part of its API shipshape calls.
declare module 'eslint-formatter-friendly' {
  const format: (results: unknown[], context?: { cwd?: string }) => string;
  export default format;
}
