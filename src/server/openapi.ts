// The OpenAPI document, built from the routes' zod schemas, and a browsable page at /api/docs. Swagger UI is
// served from the installed package (no CDN), so the page works on an offline government network.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The body of a streamed upload (api/attachment-uploads.ts): one file in the field `file`. */
const UPLOAD_BODY = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: '要上传的文件' } },
};

/**
 * A multipart route has no body schema — the file is streamed, never parsed into an object to validate — so the
 * document would show no request body. The document (only the document) gets one.
 */
function documentUpload<T extends { schema: object }>(transformed: T): T {
  const schema = transformed.schema as { consumes?: string[]; body?: unknown };
  if (!schema.consumes?.includes('multipart/form-data') || schema.body) return transformed;
  return { ...transformed, schema: { ...schema, body: UPLOAD_BODY } };
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: '公开 Gongkai 接口',
        description:
          '政府信息公开工作平台的 JSON 接口。工作人员接口需登录（会话 Cookie）或携带 API 令牌' +
          '（Authorization: Bearer …）；公众接口无需登录，按来源地址限流。错误统一为 { error: { code, message } }。',
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gongkai_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: (route) => documentUpload(jsonSchemaTransform(route)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
}
