import type { ts as TypeScriptNamespace } from 'ts-morph';
import { statementChunks } from './declaration-skim.js';

type TypeScript = typeof TypeScriptNamespace;

/**
 * A module's `.d.ts` read off its statements, without TypeScript's declaration emit (which binds
 * and re-prints the whole module: seconds for a big package's types and client). Generated
 * modules declare everything exported with an explicit type (`isolatedDeclarations`), so the
 * declarations are the module's own text: imports, re-exports, types and interfaces as they are,
 * and for functions and constants their signatures (`export declare function f(a: A): R;`,
 * `export declare const x: T;`), each with its leading comments.
 *
 * `rejectSyntaxErrors`: return `undefined` for a text with a syntax error (see `skimBodies`); such
 * a text is parsed `chunkSize` characters of whole statements at a time (see `statementChunks`).
 *
 * Returns `undefined` when the module holds anything else (a class, an enum, a value without a
 * type, a local export list, a local value a type refers to with `typeof`): TypeScript's own
 * declaration emit then writes the declarations, and reports what cannot be declared.
 */
export function declarationsFromText(ts: TypeScript, path: string, whole: string, options: { rejectSyntaxErrors?: boolean; chunkSize?: number } = {}): string | undefined {
  const SyntaxKind = ts.SyntaxKind;
  const out: string[] = [];
  const imported = new Set<string>();
  const dropped = new Set<string>();
  // Types the module does not export, by their place in `out`: kept only when a declaration uses them.
  const local = new Map<number, string>();
  // A text that must parse (a skimmed module: see `declaration-skim.ts`) is parsed a piece of whole
  // statements at a time, so no syntax tree of a huge module is held at once.
  for (const text of options.rejectSyntaxErrors === true ? statementChunks(whole, options.chunkSize ?? CHUNK) : [whole]) {
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    // (A text that does not parse is only declared by TypeScript's emit, which reports its errors.)
    if (options.rejectSyntaxErrors === true && (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length > 0) return undefined;
    // A declaration keeps its doc comments (`/** … */`), as TypeScript's emit does; line comments
    // (a file's header, notes on the code) stay in the module.
    const leading = (node: TypeScriptNamespace.Node): string => {
      const docs = text.slice(node.pos, node.getStart(file)).match(/\/\*\*[\s\S]*?\*\//g) ?? [];
      return docs.length === 0 ? '' : `${docs.join('\n')}\n`;
    };
    const textOf = (node: TypeScriptNamespace.Node): string => text.slice(node.getStart(file), node.end);
    for (const statement of file.statements) {
      const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
      const exported = modifiers.some((m) => m.kind === SyntaxKind.ExportKeyword);
      if (modifiers.some((m) => m.kind === SyntaxKind.DefaultKeyword || m.kind === SyntaxKind.DeclareKeyword)) return undefined;
      switch (statement.kind) {
        case SyntaxKind.ImportDeclaration: {
          const clause = (statement as TypeScriptNamespace.ImportDeclaration).importClause;
          if (clause?.name !== undefined) imported.add(clause.name.text);
          const bindings = clause?.namedBindings;
          if (bindings !== undefined) {
            if (ts.isNamespaceImport(bindings)) imported.add(bindings.name.text);
            else for (const element of bindings.elements) imported.add(element.name.text);
          }
          out.push(`${leading(statement)}${textOf(statement)}`);
          break;
        }
        case SyntaxKind.ExportDeclaration: {
          const declaration = statement as TypeScriptNamespace.ExportDeclaration;
          // `export { x }` of a local value would need its declaration: leave that to TypeScript.
          if (declaration.moduleSpecifier === undefined) {
            const clause = declaration.exportClause;
            if (clause === undefined || !ts.isNamedExports(clause) || clause.elements.some((e) => !imported.has((e.propertyName ?? e.name).text))) return undefined;
          }
          out.push(`${leading(statement)}${textOf(statement)}`);
          break;
        }
        case SyntaxKind.TypeAliasDeclaration:
        case SyntaxKind.InterfaceDeclaration: {
          const name = (statement as TypeScriptNamespace.InterfaceDeclaration | TypeScriptNamespace.TypeAliasDeclaration).name.text;
          if (!exported) local.set(out.length, name);
          out.push(`${leading(statement)}${textOf(statement)}`);
          break;
        }
        case SyntaxKind.FunctionDeclaration: {
          const fn = statement as TypeScriptNamespace.FunctionDeclaration;
          if (fn.name === undefined || fn.asteriskToken !== undefined) return undefined;
          if (!exported) {
            dropped.add(fn.name.text);
            break;
          }
          const signature = functionSignature(ts, fn, text, file);
          if (signature === undefined) return undefined;
          out.push(`${leading(statement)}export declare function ${signature};`);
          break;
        }
        case SyntaxKind.VariableStatement: {
          const list = (statement as TypeScriptNamespace.VariableStatement).declarationList;
          const names = list.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : undefined));
          if (!exported) {
            for (const name of names) if (name !== undefined) dropped.add(name);
            break;
          }
          const keyword = (list.flags & ts.NodeFlags.Const) !== 0 ? 'const' : 'let';
          const declared: string[] = [];
          for (const [i, d] of list.declarations.entries()) {
            if (names[i] === undefined) return undefined;
            // A constant with a literal value is declared with that value (`export declare const X = 'a';`).
            if (d.type === undefined && keyword === 'const' && d.initializer !== undefined && isLiteral(ts, d.initializer)) declared.push(`${names[i]} = ${textOf(d.initializer)}`);
            else if (d.type === undefined) return undefined;
            else declared.push(`${names[i]}: ${textOf(d.type)}`);
          }
          out.push(`${leading(statement)}export declare ${keyword} ${declared.join(', ')};`);
          break;
        }
        case SyntaxKind.ExpressionStatement:
        case SyntaxKind.IfStatement:
        case SyntaxKind.ForStatement:
        case SyntaxKind.ForOfStatement:
        case SyntaxKind.EmptyStatement:
          if (exported) return undefined;
          break;
        default:
          if (process.env.APIWRIGHT_DEBUG_DECLARATIONS === '1') console.error(`declarations: ${path}: ${SyntaxKind[statement.kind]} at ${statement.getStart(file)}`);
          return undefined;
      }
    }
  }
  const used = new Set<number>();
  for (let grew = true; grew; ) {
    grew = false;
    const words = new Set<string>();
    out.forEach((text, i) => {
      if (!local.has(i) || used.has(i)) for (const word of text.match(/[\w$]+/g) ?? []) words.add(word);
    });
    for (const [i, name] of local) if (!used.has(i) && words.has(name)) used.add(i), (grew = true);
  }
  const kept = out.filter((_, i) => !local.has(i) || used.has(i));
  const keepsLocal = used.size > 0;
  out.length = 0;
  out.push(...kept);
  // Imports and re-exports in a row stay together; other declarations have a blank line between them.
  const declarations = out.reduce((all, text, i) => (i === 0 ? text : `${all}${isModuleLink(out[i - 1]!) && isModuleLink(text) ? '\n' : '\n\n'}${text}`), '');
  // A dropped local value a declaration refers to (`typeof x`) would be missing.
  for (const match of declarations.matchAll(/\btypeof\s+([\w$]+)/g)) if (dropped.has(match[1]!)) return undefined;
  // In a declaration file every top-level declaration is exported unless the file says `export {}`.
  return `${declarations}${keepsLocal ? '\n\nexport {};' : ''}\n`;
}

/** How much text a skimmed module is parsed in at once. */
const CHUNK = 1024 * 1024;

/** `name<T>(a: A, b?: B): R`, or `undefined` when a parameter or the return type has no written type. */
function functionSignature(ts: TypeScript, fn: TypeScriptNamespace.FunctionDeclaration, text: string, file: TypeScriptNamespace.SourceFile): string | undefined {
  if (fn.type === undefined) return undefined;
  const slice = (node: TypeScriptNamespace.Node) => text.slice(node.getStart(file), node.end);
  const parameters: string[] = [];
  // A defaulted parameter before a required one is not optional: it takes `undefined`.
  const lastRequired = fn.parameters.findLastIndex((p) => p.questionToken === undefined && p.initializer === undefined && p.dotDotDotToken === undefined);
  for (const [i, parameter] of fn.parameters.entries()) {
    if (parameter.type === undefined || !ts.isIdentifier(parameter.name)) return undefined;
    const type = slice(parameter.type);
    const prefix = `${parameter.dotDotDotToken === undefined ? '' : '...'}${parameter.name.text}`;
    if (parameter.initializer !== undefined && i < lastRequired) parameters.push(`${prefix}: ${/^[\w$.]+$/.test(type) ? type : `(${type})`} | undefined`);
    else parameters.push(`${prefix}${parameter.questionToken !== undefined || parameter.initializer !== undefined ? '?' : ''}: ${type}`);
  }
  const typeParameters = fn.typeParameters === undefined ? '' : `<${fn.typeParameters.map(slice).join(', ')}>`;
  return `${fn.name!.text}${typeParameters}(${parameters.join(', ')}): ${slice(fn.type)}`;
}

/** A string, number, boolean or `-number` literal (what a constant may be declared with). */
function isLiteral(ts: TypeScript, node: TypeScriptNamespace.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return true;
  return ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
}

/** An import or a re-export (`export … from`) without a comment of its own. */
function isModuleLink(text: string): boolean {
  return /^(import|export)\b/.test(text) && /\bfrom\s*['"][^'"]*['"];?$/.test(text);
}
