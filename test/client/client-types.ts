// Type-level tests of the generated client: compiled by `tsc -p tsconfig.json` in `npm test`
// (never run). Every `@ts-expect-error` fails the compile if the line below it type-checks.

import { createClient, type ApiClient } from '../../generated/src/client.js';

/** True only when A and B are the same type (optional modifiers included). */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

const client: ApiClient = createClient({ getToken: async () => 'token' });
const user = client.users.byUsersId('d36894ae-94ae-d368-ae94-68d3ae9468d3');

export async function patchBodies(): Promise<void> {
  await user.patch({ deviceEnrollmentLimit: 5 });
  await user.patch({ deviceEnrollmentLimit: 1000 });
  await user.patch({});
  await user.patch({ id: 'x' }, { signal: new AbortController().signal, headers: { Prefer: 'return=minimal' }, timeoutMs: 1_000 });

  // @ts-expect-error 7 is not one of the allowed values (5 | 1000)
  await user.patch({ deviceEnrollmentLimit: 7 });
  // @ts-expect-error the limit is an integer, not a string
  await user.patch({ deviceEnrollmentLimit: '5' });
  // @ts-expect-error the body is required
  await user.patch();
  // @ts-expect-error unknown call options are refused
  await user.patch({}, { retries: 3 });
}

export function permissionsOnMethods(): void {
  const scopes: readonly string[] = user.patch.permissions.scopes;
  assertType<Equal<typeof user.patch.permissions.operation, 'updateUser'>>();
  void scopes;
}

export function pathValues(): void {
  // @ts-expect-error the user id is a string
  client.users.byUsersId(42);
}

export async function responseType(): Promise<void> {
  const updated = await user.patch({});
  assertType<Equal<Pick<typeof updated, 'id'>, { id?: string }>>();
  assertType<Equal<typeof updated.deviceEnrollmentLimit, 5 | 1000 | undefined>>();
  // @ts-expect-error the response has no such property
  void updated.displayName;
}
