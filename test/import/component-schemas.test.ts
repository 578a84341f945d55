import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraphDocs } from '../../generator/import/graph-docs/index.js';

/**
 * Layouts of Graph's general reference, written here in its style: a shared enum page
 * (`enums.md`, one `### <name> values` section per enum, with a namespace), docs-site tab markers
 * around the request sample, a request line without a leading slash, a headers table whose first
 * column is `Name`, and a response that "does not return anything".
 */
const API = `---
doc_type: apiPageType
---
# Update meeting

Namespace: microsoft.graph

Update a meeting.

## Permissions

|Permission type|Permissions (from least to most privileged)|
|:---|:---|
|Delegated (work or school account)|Meeting.Read.All, Meeting.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Meeting.ReadWrite.All|

## HTTP request

# [HTTP](#tab/http)
<!-- { "blockType": "ignored" } -->
\`\`\`http
PATCH meetings/{id}
\`\`\`
# [C#](#tab/csharp)
[!INCLUDE [sample-code](../includes/snippets/csharp/x.md)]

---

## Request headers
|Name|Description|
|:---|:---|
|Authorization|Bearer {token}. Required.|

## Request body

|Property|Type|Description|
|:---|:---|:---|
|lobbyBypass|[lobbyBypassScope](../resources/enums.md#lobbybypassscope-values)|Who skips the lobby.|
|stream|callRecords.streamDirection|Direction of the stream.|

## Response

If successful, this method returns a \`204 No Content\` response code. It does not return anything in the response body.
`;

const ENUMS = `---
doc_type: enumPageType
---
# Enum values

Namespace: microsoft.graph

### lobbyBypassScope values

|Member|
|:---|
|organizer|
|everyone|
|unknownFutureValue|
`;

const CALL_ENUMS = `# Call records enum values

Namespace: microsoft.graph.callRecords

### streamDirection values

| Member
|:-------
| callerToCallee
| calleeToCaller
`;

const dir = mkdtempSync(join(tmpdir(), 'apiwright-import-layouts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('layouts of the general reference', () => {
  it('reads shared enum pages, tab markers, relative request lines, Name header tables and "does not return anything"', async () => {
    mkdirSync(join(dir, 'api'), { recursive: true });
    mkdirSync(join(dir, 'resources'), { recursive: true });
    writeFileSync(join(dir, 'api', 'meeting-update.md'), API);
    writeFileSync(join(dir, 'resources', 'enums.md'), ENUMS);
    writeFileSync(join(dir, 'resources', 'enums-callrecords.md'), CALL_ENUMS);
    const result = await importGraphDocs([join(dir, 'api')], { out: join(dir, 'spec') });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const spec = parse(readFileSync(join(dir, 'spec', 'meeting-update.yaml'), 'utf8')) as { paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, { content?: unknown }>; 'x-permissions': { order?: string; schemes: Record<string, { scopes?: string[] }> } }>> };
    const patch = spec.paths['/meetings/{meetingsId}']!.patch!;
    expect(patch.parameters.map((p) => [p.name, p.in])).toEqual([['meetingsId', 'path'], ['Authorization', 'header']]);
    expect(Object.keys(patch.responses)).toContain('204');
    expect(patch.responses['204']!.content).toBeUndefined();
    expect(patch['x-permissions'].order).toBe('leastToMost');
    expect(patch['x-permissions'].schemes.DelegatedWork!.scopes).toEqual(['Meeting.Read.All', 'Meeting.ReadWrite.All']);
    const components = parse(readFileSync(join(dir, 'spec', 'graph-components.yaml'), 'utf8')) as { components: { schemas: Record<string, { enum?: string[] }> } };
    expect(components.components.schemas.lobbyBypassScope?.enum).toEqual(['organizer', 'everyone', 'unknownFutureValue']);
    expect(components.components.schemas['callRecords.streamDirection']?.enum).toEqual(['callerToCallee', 'calleeToCaller']);
  });
});
