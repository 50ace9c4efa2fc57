// The request routes are documented by their contracts (contracts/requests.ts, contracts/public.ts): every body
// and answer appears in the OpenAPI document with its fields, the 暂定 flag and reason included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { testContext } from '../context.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import type { FastifyInstance } from 'fastify';

type Schema = { properties?: Record<string, Schema> };
type Operation = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

describe('request contracts in OpenAPI', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildServer({ ctx: testContext(database.db) });
    paths = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths;
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const fieldsOf = (schema: Schema | undefined) => Object.keys(schema?.properties ?? {}).sort();
  const body = (path: string, method: string) =>
    fieldsOf(paths[path]![method]!.requestBody?.content['application/json']!.schema);
  const answer = (path: string, method: string, status: string) =>
    fieldsOf(paths[path]![method]!.responses[status]!.content?.['application/json']!.schema);

  it('documents every request body', () => {
    expect(body('/api/v1/requests', 'post')).toEqual(
      ['applicant', 'arrivedOn', 'channel', 'confirmedOn', 'formWanted', 'informationSought'].sort(),
    );
    expect(body('/api/v1/requests/{id}/events', 'post')).toEqual(['event', 'expectedEventCount']);
    expect(body('/api/v1/public/requests', 'post')).toEqual(
      ['agencyId', 'applicant', 'formWanted', 'informationSought'].sort(),
    );
    expect(body('/api/v1/public/status', 'post')).toEqual(['queryCode', 'trackingNumber']);
  });

  it('documents the answers, with the 暂定 flag and its reason wherever a due date is shown', () => {
    for (const fields of [
      answer('/api/v1/requests', 'post', '201'),
      answer('/api/v1/public/requests', 'post', '201'),
      answer('/api/v1/public/status', 'post', '200'),
    ])
      expect(fields).toEqual(expect.arrayContaining(['provisional', 'provisionalReason']));
    const detail =
      paths['/api/v1/requests/{id}']!.get!.responses['200']!.content!['application/json']!.schema;
    expect(fieldsOf(detail.properties!.deadline)).toEqual(
      expect.arrayContaining(['dueOn', 'provisional', 'provisionalReason', 'explanation']),
    );
    expect(answer('/api/v1/warnings', 'get', '200')).toEqual(['items']);
  });
});
