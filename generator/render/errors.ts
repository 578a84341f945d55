/** An error in apiwright itself, not in the user's input. The CLI exits 70 (EX_SOFTWARE). */
export class GeneratorBugError extends Error {
  override name = 'GeneratorBugError';
}
