import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { multipartBody } from '../../../../tests/helpers/multipart';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

async function importCard(who: Session, name: string, filename: string) {
  const text = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${name}`, 'END:VCARD', ''].join('\r\n');
  const { body, contentType } = await multipartBody({ format: 'vcard' }, { content: text, filename });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...who.headers, 'content-type': contentType }, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

type Page = { items: { id: string; filename: string }[]; nextCursor: string | null };

describe('GET /imports: the history, a page at a time', () => {
  it('pages newest first by cursor, without repeats or gaps, and only the caller’s own imports', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push(await importCard(a, `Person ${i}`, `file-${i}.vcf`));
    await importCard(b, 'Someone Else', 'theirs.vcf');

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await callApi(t.app, a, 'GET', `/imports?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as Page;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());

    const theirs = (await callApi(t.app, b, 'GET', '/imports')).json() as Page;
    expect(theirs.items.map((i) => i.filename)).toEqual(['theirs.vcf']);
    expect(theirs.nextCursor).toBeNull();
  });

  it('answers a tampered cursor or a bad limit with a problem, not a 500', async () => {
    const bad = await callApi(t.app, a, 'GET', '/imports?cursor=bm90LWpzb24');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors[0].path).toBe('querystring.cursor');
    expect((await callApi(t.app, a, 'GET', '/imports?limit=0')).statusCode).toBe(400);
    expect((await callApi(t.app, a, 'GET', '/imports?limit=101')).statusCode).toBe(400);
  });
});
