// The agency's sensitive-term lexicon, for its administrator (系统管理 → 筛查词库): read, save, and try a sample text.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffErrors } from '../../../contracts/common.ts';
import {
  lexiconBody,
  lexiconResponse,
  lexiconTrialBody,
  lexiconTrialResponse,
} from '../../../contracts/screening-lexicon.ts';
import {
  lexiconSettings,
  saveLexiconText,
  trialScreening,
} from '../../../services/publications/screening-lexicon.ts';
import { principalOf, requireSignIn } from '../../auth/principal.ts';
import type { RouteContext } from '../../context.ts';

export const screeningLexiconRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/publications/settings/lexicon',
    {
      schema: {
        tags: ['主动公开'],
        summary: '本机关的敏感词库（发布前检查使用）',
        response: { 200: lexiconResponse, ...staffErrors },
      },
    },
    (request) => lexiconSettings(ctx, principalOf(request)),
  );

  app.put(
    '/publications/settings/lexicon',
    {
      schema: {
        tags: ['主动公开'],
        summary: '保存本机关的敏感词库（整体替换；清空即不再使用）',
        body: lexiconBody,
        response: { 200: lexiconResponse, ...staffErrors },
      },
    },
    (request) => saveLexiconText(ctx, principalOf(request), request.body),
  );

  app.post(
    '/publications/settings/lexicon/trial',
    {
      schema: {
        tags: ['主动公开'],
        summary: '用本机关的词库试查一段文字（不保存）',
        body: lexiconTrialBody,
        response: { 200: lexiconTrialResponse, ...staffErrors },
      },
    },
    (request) => trialScreening(ctx, principalOf(request), request.body),
  );
};
