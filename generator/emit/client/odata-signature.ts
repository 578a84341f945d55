import type { OperationNode } from '../../model/ir.js';
import { stringLiteral } from '../../render/ts-syntax.js';
import type { TypeWriter } from '../types/type-expression.js';

/**
 * How an operation's OData conventions show in the client: a `$select` that narrows the result
 * (a type parameter `S` over the `$select` names), and `.pages()`/`.items()` on pageable operations.
 */
/** What the OData signature builds on: the operation's plain signature (`OperationSignature`). */
export interface PlainSignature {
  parametersType: string;
  responseType: string;
  optionsType: string;
  sections: readonly { location: string; required: boolean }[];
}

export interface ODataSignature {
  /** `<S extends ... = never>` when `$select` narrows the result, else `''`. */
  typeParameters: string;
  /** The call's options type (with `S`). */
  optionsType: string;
  /** The builder's parameters type (with `S`). */
  parametersType: string;
  /** The call's result type (with `S`). */
  resultType: string;
  /** The names `$select` takes (`''` without typed `$select`). */
  selectNames: string;
  pageable?: { nextLinkName: string; itemName: string; itemType: string };
  /** The builder adds `ConsistencyLevel: eventual` for `$count`/`$search` (Graph). */
  eventualConsistency: boolean;
}

export function odataSignature(op: OperationNode, s: PlainSignature, writer: TypeWriter, graph: boolean): ODataSignature | undefined {
  const odata = op.odata;
  if (odata === undefined) return undefined;
  const pageable = odata.pageable;
  const itemType = pageable?.item === undefined ? 'unknown' : writer.type(pageable.item, 'read');
  const select = odata.selectable !== undefined && odata.entity !== undefined && s.sections.some((x) => x.location === 'query');
  const eventualConsistency = graph && (odata.options.includes('$count') || odata.options.includes('$search'));
  if (!select) {
    return {
      typeParameters: '',
      optionsType: s.optionsType,
      parametersType: s.parametersType,
      resultType: s.responseType,
      selectNames: '',
      ...(pageable === undefined ? {} : { pageable: { nextLinkName: pageable.nextLinkName, itemName: pageable.itemName, itemType } }),
      eventualConsistency,
    };
  }
  const P = s.parametersType;
  const selectNames = `NonNullable<NonNullable<${P}['query']>['$select']>[number]`;
  const queryRequired = s.sections.find((x) => x.location === 'query')!.required;
  const query = `{ query${queryRequired ? '' : '?'}: Selecting<NonNullable<${P}['query']>, S> }`;
  const others = s.sections.filter((x) => x.location !== 'query').map((x) => stringLiteral(x.location));
  const optionsType = ['RequestOptions', ...(others.length === 0 ? [] : [`Pick<${P}, ${others.join(' | ')}>`]), query].join(' & ');
  const resultType =
    pageable === undefined ? `Selected<${s.responseType}, S>` : `SelectedPage<${s.responseType}, ${itemType}, S, ${stringLiteral(pageable.itemName)}>`;
  return {
    typeParameters: `<S extends ${selectNames} = never>`,
    optionsType,
    parametersType: `Omit<${P}, 'query'> & ${query}`,
    resultType,
    selectNames,
    ...(pageable === undefined ? {} : { pageable: { nextLinkName: pageable.nextLinkName, itemName: pageable.itemName, itemType: `Selected<${itemType}, S>` } }),
    eventualConsistency,
  };
}
