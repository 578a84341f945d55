import { describe, expect, it } from 'vitest';
import { fillTemplate, PathRouter, splitPath } from '../../../runtime/mocks/router.js';

describe('runtime/mocks/router', () => {
  const router = new PathRouter(['/users', '/users/{id}', '/users/{id}/manager', '/users/me', '/files/{name}.{ext}']);

  it('matches templates, literal segments before parameters, and decodes parameter values', () => {
    expect(router.match('/users')).toEqual({ ok: true, template: '/users', params: {} });
    expect(router.match('/users/me')).toMatchObject({ ok: true, template: '/users/me' });
    expect(router.match('/users/a%20b')).toEqual({ ok: true, template: '/users/{id}', params: { id: 'a b' } });
    expect(router.match('/users/42/manager')).toEqual({ ok: true, template: '/users/{id}/manager', params: { id: '42' } });
  });

  it('matches several parameters in one segment', () => {
    expect(router.match('/files/report.pdf')).toEqual({ ok: true, template: '/files/{name}.{ext}', params: { name: 'report', ext: 'pdf' } });
  });

  it('names the first segment no template accepts', () => {
    expect(router.match('/groups/1')).toEqual({ ok: false, segment: 'groups' });
    expect(router.match('/users/1/photos')).toMatchObject({ ok: false, segment: 'photos' });
  });

  it('splits paths and fills templates back, encoding the values', () => {
    expect(splitPath('/a/b%2Fc/')).toEqual(expect.arrayContaining(['a']));
    expect(fillTemplate('/users/{id}/manager', { id: 'a/b' })).toBe('/users/a%2Fb/manager');
  });

  it('answers a path it saw before the same (frozen), also after it forgot older paths', () => {
    const first = router.match('/users/42/manager');
    expect(router.match('/users/42/manager')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (first.ok) expect(Object.isFrozen(first.params)).toBe(true);
    for (let i = 0; i < 3000; i++) expect(router.match(`/users/${i}`)).toEqual({ ok: true, template: '/users/{id}', params: { id: String(i) } });
    expect(router.match('/users/42/manager')).toEqual({ ok: true, template: '/users/{id}/manager', params: { id: '42' } });
    expect(router.match('/users/%zz')).toEqual({ ok: false, segment: '/users/%zz' });
  });

  it('fills several parameters in one segment and leaves unknown ones as they are', () => {
    expect(fillTemplate('/files/{name}.{ext}', { name: 'a b', ext: 'pdf' })).toBe('/files/a%20b.pdf');
    expect(fillTemplate('/users/{id}/x/{other}', { id: '1' })).toBe('/users/1/x/{other}');
    expect(fillTemplate('/plain', {})).toBe('/plain');
  });
});
