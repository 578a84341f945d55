// GeneratorBugError lives with the other errors in ../diagnostics.ts (the processing step, below
// render, throws it too); re-exported here for the render stage and the library's users.
export { GeneratorBugError } from '../diagnostics.js';
