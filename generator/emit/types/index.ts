import type { OperationNode } from '../../model/ir.js';
import { forOperation, forSchema } from '../../processing-step.js';
import { docComment, propertyKey } from '../../render/ts-syntax.js';
import type { EmitContext, EmittedFile, Emitter } from '../contract.js';
import { TypeWriter } from './type-expression.js';
import { operationPlan, schemaPlan } from '../../plan/index.js';
import { errorUnion, errorVariants, statusClassTypes } from './error-type.js';

/**
 * The types emitter: one TypeScript type per named schema (read view, plus a `…Writable` write
 * view where readOnly/writeOnly make them differ), and per operation its parameters, request
 * body and response body types. Template: `types/types.ts.hbs`.
 */
export const typesEmitter: Emitter = {
  name: 'types',
  dependsOn: [],
  emit(context: EmitContext): EmittedFile[] {
    const { model, plan } = context;
    const writer = new TypeWriter(plan);
    const schemas = model.schemas.flatMap((schema) => forSchema(schema, () => {
      const doc = docComment([schema.schema.title, schema.schema.description], '', { deprecated: schema.schema.deprecated === true });
      const names = schemaPlan(plan, schema.id);
      const views = [{ name: names.read.type, comment: doc, type: writer.type(schema.schema, 'read') }];
      if (names.writeDiffers) {
        views.push({
          name: names.write.type,
          comment: docComment([`Request (write) view of {@link ${names.read.type}}: without readOnly properties.`]),
          type: writer.type(schema.schema, 'write'),
        });
      }
      return views;
    }));
    const operations = model.operations.map((op) => forOperation(op, () => {
      const { names, requestBody, responseBodies } = operationPlan(plan, op);
      return {
        comment: docComment([`${op.method.toUpperCase()} ${op.path}`]),
        parametersName: names.parameters,
        parametersType: parametersType(op, writer),
        requestBodyName: names.requestBody.type,
        requestBodyType: requestBody === undefined ? 'never' : writer.body(requestBody, 'write'),
        responseName: names.response.type,
        responseType: responseBodies.length === 0 ? 'unknown' : [...new Set(responseBodies.map((body) => writer.body(body, 'read')))].join(' | '),
        errorName: names.error,
        operationName: op.identifier,
        errorType: errorUnion(errorVariants(op, writer)),
        summaryDoc: docComment([op.summary], '', { deprecated: op.deprecated }),
      };
    }));
    return [{ path: 'src/types.ts', inIndex: true, contents: context.templates.render('types/types.ts.hbs', { title: model.info.title, schemas, operations, statusClasses: statusClassTypes() }) }];
  },
};

function parametersType(op: OperationNode, writer: TypeWriter): string {
  const sections: string[] = [];
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const params = op.parameters.filter((p) => p.in === location && !p.reservedHeader);
    if (params.length === 0) continue;
    const members = params.map((p) => `${docComment([p.description], '', { deprecated: p.deprecated })}${propertyKey(p.name)}${p.required ? '' : '?'}: ${writer.type(p.schema, 'write')};`);
    const required = params.some((p) => p.required);
    sections.push(`${location}${required ? '' : '?'}: {\n${members.join('\n')}\n};`);
  }
  return sections.length === 0 ? '{ [key: string]: never }' : `{\n${sections.join('\n')}\n}`;
}
