import { readFileSync, realpathSync, statSync } from 'node:fs';
import { SpecError } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkDuplicates } from './check-duplicates.js';
import { checkRefs } from './check-refs.js';
import { RefResolver, isInside } from './refs.js';
import { INPUT_LIMITS, SpecDocument, parseSpecText, tooLarge } from './spec-document.js';
import { findSpecFiles, toRelPath } from './spec-files.js';
import { openApiVersionOf, validateOpenApi, validateSwagger2, type OpenApiVersion } from './validate-openapi.js';
import { convertSwagger2, swagger2Pointer } from './swagger2.js';
import { checkOperationPermissions } from './check-permissions.js';

/** Every spec file, parsed and checked, with a resolver for `$ref`s between them. */
export interface LoadedSpec {
  root: string;
  documents: SpecDocument[];
  /** OpenAPI version of each document (fragments without `openapi` take the others' version). */
  versions: Map<SpecDocument, OpenApiVersion>;
  resolver: RefResolver;
  warnings: Diagnostic[];
  /** Operations left out (with a warning), as `<relPath>#/paths/<path>/<method>`: see `checkDuplicates`. */
  droppedOperations?: ReadonlySet<string>;
}

/**
 * load: read, parse (with positions), validate against the OpenAPI schema, check `x-permissions`,
 * and refuse duplicates across files. Throws `SpecError` with every problem found.
 */
export function loadSpec(inputs: string[], cwd = process.cwd()): LoadedSpec {
  const found = findSpecFiles(inputs, cwd);
  if (found.diagnostics.length > 0) throw new SpecError(found.diagnostics);
  const root = found.root;
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const byPath = new Map<string, SpecDocument | Diagnostic>();

  const read = (absPath: string): SpecDocument | Diagnostic => {
    const cached = byPath.get(absPath);
    if (cached !== undefined) return cached;
    const relPath = toRelPath(root, absPath);
    let result: SpecDocument | Diagnostic;
    try {
      const real = realpathSync(absPath);
      if (!isInside(realpathSync(root), real)) {
        result = { severity: 'error', file: relPath, message: 'file is a link that leads outside the spec root: refused' };
      } else {
        // A file over the size limit is refused without being read.
        const parsed = statSync(real).size > INPUT_LIMITS.maxFileBytes ? tooLarge(relPath) : parseSpecText(relPath, absPath, readFileSync(absPath, 'utf8'));
        diagnostics.push(...parsed.diagnostics);
        result = parsed.document ?? { severity: 'error', file: relPath, message: 'file could not be parsed' };
      }
    } catch {
      result = { severity: 'error', file: relPath, message: `file not found: ${relPath}` };
    }
    byPath.set(absPath, result);
    return result;
  };

  const documents: SpecDocument[] = [];
  for (const file of found.files) {
    const doc = read(file);
    if (doc instanceof SpecDocument) documents.push(doc);
  }
  if (diagnostics.length > 0) throw new SpecError(diagnostics);

  const versions = new Map<SpecDocument, OpenApiVersion>();
  const declared = documents.map((d) => openApiVersionOf(d.data));
  const fallback: OpenApiVersion = declared.find((v): v is OpenApiVersion => v === '3.0' || v === '3.1' || v === '3.2') ?? '3.1';
  documents.forEach((document, i) => {
    const data = document.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push(document.diagnostic('', 'a spec file must hold an object (an OpenAPI document or fragment)'));
      return;
    }
    const version = declared[i];
    const record = data as Record<string, unknown>;
    if (version === 'swagger2') {
      const problems = validateSwagger2(document);
      diagnostics.push(...problems);
      if (problems.length > 0) return;
      document.data = convertSwagger2(record);
      document.originalPointer = swagger2Pointer;
      versions.set(document, '3.0');
      warnings.push({ severity: 'warning', file: document.relPath, line: 1, column: 1, message: 'Swagger 2.0 document converted to OpenAPI 3.0.3 on load' });
      return;
    }
    if (version === undefined && record.openapi !== undefined) {
      diagnostics.push(document.diagnostic('/openapi', `unsupported OpenAPI version ${JSON.stringify(record.openapi)}: apiwright reads 3.0.x, 3.1.x and 3.2.x`));
      return;
    }
    const effective = version ?? fallback;
    versions.set(document, effective);
    diagnostics.push(...validateOpenApi(document, effective));
  });
  if (diagnostics.length > 0) throw new SpecError(diagnostics);

  const resolver = new RefResolver(root, (absPath) => {
    const doc = read(absPath);
    if (doc instanceof SpecDocument && !versions.has(doc)) {
      // A file reached only through a $ref (when single files were given): check it too.
      const version = openApiVersionOf(doc.data);
      const effective = version === '3.0' || version === '3.1' || version === '3.2' ? version : fallback;
      versions.set(doc, effective);
      documents.push(doc);
    }
    return doc;
  });

  for (let i = 0; i < documents.length; i++) diagnostics.push(...checkRefs(documents[i]!, resolver));
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  const duplicates = checkDuplicates(documents);
  diagnostics.push(...duplicates.errors);
  warnings.push(...duplicates.warnings);
  diagnostics.push(...checkOperationPermissions(documents, resolver));
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  return { root, documents, versions, resolver, warnings, droppedOperations: duplicates.dropped };
}
