import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RUNTIME_EXPORT_NAMES } from '../../generator/model/reserved-names.js';
import { REPO } from '../helpers/workspace.js';

/**
 * The package root re-exports the types module beside the validators, permissions and client
 * modules (`export *`): a schema type may never take a name one of those modules exports, so every
 * such name must be reserved. Read from the seed's committed package.
 */
function exportedNames(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  for (const statement of file.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
      continue;
    }
    if (!exported) continue;
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name !== undefined) names.push(statement.name.text);
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
  }
  return names;
}

describe('reserved names', () => {
  it('reserve every name the root re-exports from the validators, permissions and client modules', () => {
    const src = join(REPO, 'generated', 'src');
    const generatedPerSchema = /^(validate|is)[A-Z]/;
    const names = ['validators.ts', 'permissions.ts', 'client.ts'].flatMap((m) => exportedNames(join(src, m))).filter((n) => !generatedPerSchema.test(n) && !/^build[A-Z]/.test(n));
    const missing = [...new Set(names)].filter((n) => !RUNTIME_EXPORT_NAMES.includes(n) && n !== 'schemas' && n !== 'permissions' && n[0] === n[0]!.toUpperCase());
    expect(missing).toEqual([]);
  });
});
