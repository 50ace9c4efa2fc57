// The staff console (src/console, built by scripts/console-build.ts into dist/console) under /console. Every path
// that is not a built asset answers index.html, where the console's own router takes over. The short paths staff
// guess (/login, /admin) lead there too.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { html } from './pages/html.ts';
import { page } from './pages/layout.ts';

/** dist/console, seen from src/server in a checkout or from dist/app/server in the production build. */
export const CONSOLE_DIR = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '../../dist/console' : '../../console', import.meta.url),
);

export const consoleRoutes: FastifyPluginAsync<{ dir?: string }> = async (app, { dir = CONSOLE_DIR }) => {
  await app.register(fastifyStatic, { root: dir, serve: false });

  // Pages, not API: kept out of the OpenAPI document.
  const hidden = { schema: { hide: true } };
  app.get('/console', hidden, (_request, reply) => reply.redirect('/console/'));
  app.get('/login', hidden, (_request, reply) => reply.redirect('/console/login'));
  app.get('/admin', hidden, (_request, reply) => reply.redirect('/console/admin'));

  app.get<{ Params: { '*': string } }>('/console/*', hidden, (request, reply) => {
    if (!existsSync(`${dir}/index.html`))
      return reply.code(503).type('text/html; charset=utf-8').send(notBuilt());
    const path = request.params['*'];
    // Vite names assets by content hash: they never change, so browsers may keep them.
    if (path.startsWith('assets/')) return reply.sendFile(path, { immutable: true, maxAge: '365d' });
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });
};

function notBuilt(): string {
  return page(
    '工作台尚未构建',
    html`<h1>工作台尚未构建</h1>
      <p>
        请在项目目录运行 <code>npm run build:console</code>（<code>npm start</code>
        会自动构建），然后刷新本页。
      </p>`,
  );
}
