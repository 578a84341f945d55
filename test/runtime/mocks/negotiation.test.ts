import { describe, expect, it } from 'vitest';
import { accepts, contentTypeAllowed, mediaTypeEssence } from '../../../runtime/mocks/negotiation.js';

describe('runtime/mocks/negotiation', () => {
  it('reduces a media type to its essence', () => {
    expect(mediaTypeEssence(' Application/JSON ; charset=utf-8')).toBe('application/json');
  });

  it('reads Accept with wildcards and q=0', () => {
    expect(accepts(null, 'application/json')).toBe(true);
    expect(accepts('*/*', 'application/json')).toBe(true);
    expect(accepts('application/*;q=0.5, text/html', 'application/json')).toBe(true);
    expect(accepts('text/html', 'application/json')).toBe(false);
    expect(accepts('application/json;q=0', 'application/json')).toBe(false);
  });

  it('allows a Content-Type the operation lists, by essence and with wildcards', () => {
    expect(contentTypeAllowed('application/json; charset=utf-8', ['application/json'])).toBe(true);
    expect(contentTypeAllowed('image/png', ['image/*'])).toBe(true);
    expect(contentTypeAllowed('text/plain', ['application/json'])).toBe(false);
  });

  it('gives the same answers when asked again, for each media type and list of types', () => {
    for (let round = 0; round < 2; round++) {
      expect(accepts('text/html', 'application/json')).toBe(false);
      expect(accepts('text/html', 'text/html')).toBe(true);
      expect(accepts('  ', 'application/json')).toBe(true);
      expect(contentTypeAllowed('text/plain', ['application/json'])).toBe(false);
      expect(contentTypeAllowed('text/plain', ['text/*'])).toBe(true);
    }
    const allowed = ['application/json'];
    for (let i = 0; i < 600; i++) expect(contentTypeAllowed(`application/json; i=${i}`, allowed)).toBe(true);
    for (let i = 0; i < 600; i++) expect(accepts(`text/plain, application/json;q=${i % 2}`, 'application/json')).toBe(i % 2 === 1);
  });
});
