import type { OperationNode, ParameterLocation } from '../../model/ir.js';
import { docComment, stringLiteral } from '../../render/ts-syntax.js';
import type { ODataSignature } from './odata-signature.js';
import type { OperationNames } from '../../plan/names.js';

/** Parameter locations a caller passes in the options of a fluent call (path values come from the path). */
export type OptionSection = Exclude<ParameterLocation, 'path'>;

/** How one operation looks in TypeScript: its builder's and its fluent method's parameters and types. */
export interface OperationSignature {
  op: OperationNode;
  /** `buildUpdateUserRequest`. */
  builderName: string;
  /** The module-level constant holding the operation's runtime `OperationSpec`. */
  specConstant: string;
  /** `readUpdateUserResult`: reads a response into the operation's result. */
  resultReader: string;
  /** `UpdateUserResult`: the result type's name when `$select` narrows it. */
  resultType: string;
  /** `T.UpdateUserParameters`. */
  parametersType: string;
  /** True when every parameter section is optional, so `{}` is a valid argument. */
  parametersOptional: boolean;
  /** The request body, when the operation has one. */
  body?: { type: string; required: boolean };
  /** `T.UpdateUserResponse`. */
  responseType: string;
  /** `T.UpdateUserError`: the declared error responses by status. */
  errorType: string;
  /** Query, header and cookie sections the operation has (with the types emitter's rule for "required"). */
  sections: { location: OptionSection; required: boolean }[];
  /** The fluent call's options type: `RequestOptions`, plus the parameter sections. */
  optionsType: string;
  /** The fluent call must be given options (a required query, header or cookie parameter). */
  optionsRequired: boolean;
  /** Doc comment: summary, `METHOD /path`, deprecation. */
  doc: string;
  /** Typed `$select` and paging (set by the client emitter for operations that follow OData conventions). */
  odata?: ODataSignature;
}

const OPTION_SECTIONS: readonly OptionSection[] = ['query', 'header', 'cookie'];

export function operationSignature(op: OperationNode, names: OperationNames): OperationSignature {
  const visible = op.parameters.filter((p) => !p.reservedHeader);
  const sections = OPTION_SECTIONS.flatMap((location) => {
    const params = visible.filter((p) => p.in === location);
    return params.length === 0 ? [] : [{ location, required: params.some((p) => p.required) }];
  });
  const parametersType = `T.${names.parameters}`;
  const pick = sections.map((s) => stringLiteral(s.location)).join(' | ');
  return {
    op,
    builderName: names.builder,
    specConstant: names.specConstant,
    resultReader: names.resultReader,
    resultType: names.result,
    parametersType,
    parametersOptional: !visible.some((p) => p.required),
    ...(op.requestBody === undefined ? {} : { body: { type: `T.${names.requestBody.type}`, required: op.requestBody.required } }),
    responseType: `T.${names.response.type}`,
    errorType: `T.${names.error}`,
    sections,
    optionsType: sections.length === 0 ? 'RequestOptions' : `RequestOptions & Pick<${parametersType}, ${pick}>`,
    optionsRequired: sections.some((s) => s.required),
    doc: operationDoc(op),
  };
}

/** Summary, `METHOD /path`, and a real `@deprecated` tag when the operation is deprecated. */
export function operationDoc(op: OperationNode, indent = ''): string {
  return docComment([op.summary, `\`${op.method.toUpperCase()} ${op.path}\``], indent, { deprecated: op.deprecated });
}
