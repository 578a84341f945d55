import { describe, expect, it } from 'vitest';
import { planPlaceholders, specificName } from '../../generator/import/graph-docs/path-placeholders.js';

describe('specificName', () => {
  it.each([
    ['usersId', 'usersId'],
    ['tenant id', 'tenantId'],
    ['user-id', 'userId'],
    ['property name', 'propertyName'],
    ['id', undefined],
    ['ID', undefined],
    ['id | userPrincipalName', undefined],
    ['', undefined],
  ])('%j → %j', (raw, name) => expect(specificName(raw)).toBe(name));
});

describe('planPlaceholders', () => {
  it('names repeated generic placeholders after their collection, as the seed does ({usersId})', () => {
    const plan = planPlaceholders(['/groups/{id}/threads/{id}/posts/{id}']);
    expect(plan('/groups/{id}/threads/{id}/posts/{id}')).toBe('/groups/{groupsId}/threads/{threadsId}/posts/{postsId}');
  });

  it('gives one position of a route one name across pages: a name all pages agree on, else the convention', () => {
    const paths = ['/groups/{id}/members', '/groups/{group-id}/owners', '/groups/{groupId}/threads/{id}', '/users/{id | userPrincipalName}/photo', '/teams/{team-id}/channels', '/teams/{team-id}'];
    const plan = planPlaceholders(paths);
    expect(paths.map(plan)).toEqual(['/groups/{groupsId}/members', '/groups/{groupsId}/owners', '/groups/{groupsId}/threads/{threadsId}', '/users/{usersId}/photo', '/teams/{teamId}/channels', '/teams/{teamId}']);
  });

  it('keeps names unique within a path and is deterministic whatever the page order', () => {
    const paths = ['/users/{userId}/manager/users/{userId}', '/a/{x}', '/a/{y}'];
    const one = planPlaceholders(paths);
    const two = planPlaceholders([...paths].reverse());
    expect(one('/users/{userId}/manager/users/{userId}')).toBe('/users/{userId}/manager/users/{userId2}');
    expect(paths.map(one)).toEqual(paths.map(two));
    expect(one('/a/{y}')).toBe('/a/{aId}');
  });

  it('names a placeholder inside a segment after the text before it', () => {
    const plan = planPlaceholders(["/reports/getEmailActivity(period='{id}')"]);
    expect(plan("/reports/getEmailActivity(period='{id}')")).toBe("/reports/getEmailActivity(period='{getEmailActivityId}')");
  });
});
