import { Controller, Get, INestApplication, Module, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, NestFactory, Reflector } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import request from 'supertest';

import { ACCESS_POLICY, AccessPolicy, Public } from '../src/access/access.decorator';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app.config';
import { HttpExceptionFilter } from '../src/errors/http-exception.filter';
import { agent, createAccount, createTestContext, TestContext } from './support/test-app';

interface Route {
  route: string;
  policy: AccessPolicy | undefined;
}

/** Every route handler of the application, found the way Nest's router finds them. */
function routesOf(app: INestApplication): Route[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, (...args: unknown[]) => unknown>;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue; // a helper method, not a route
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      routes.push({
        route: `${method} /api/${[base, path].filter((part) => part && part !== '/').join('/')} (${metatype.name}.${name})`,
        policy: reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, metatype]),
      });
    }
  }
  return routes;
}

describe('access policies', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('declares an access policy on every route of the application', () => {
    const routes = routesOf(ctx.app);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((route) => !route.policy).map((route) => route.route)).toEqual([]);
  });

  it('covers every route the HTTP router serves', () => {
    const express = ctx.app.getHttpAdapter().getInstance() as {
      router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
    };
    const served = express.router.stack
      // The OpenAPI UI is mounted by Swagger straight on Express, public by design (issue 2: /api/docs).
      .filter(
        (layer) =>
          layer.route && layer.route.path.startsWith('/api/') && !/^\/api\/docs/.test(layer.route.path),
      )
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
      );
    const declared = routesOf(ctx.app).map((route) => route.route.split(' (')[0]);
    expect(served.length).toBeGreaterThan(15);
    expect([...new Set(served)].sort()).toEqual([...new Set(declared)].sort());
  });
});

@Controller('test-without-policy')
class WithoutPolicyController {
  @Get()
  open(): { reached: true } {
    return { reached: true };
  }

  @Get('public')
  @Public()
  declared(): { reached: true } {
    return { reached: true };
  }
}

describe('a route that declares no access policy', () => {
  let app: INestApplication;
  let ctx: TestContext;

  beforeAll(async () => {
    // The real application plus one controller that forgot its decorator.
    ctx = await createTestContext();
    const config = { ...loadConfig(ctx.env), databaseUrl: ctx.databaseUrl };
    @Module({ imports: [AppModule.forRoot(config)], controllers: [WithoutPolicyController] })
    class AppWithForgottenPolicy {}
    app = await NestFactory.create(AppWithForgottenPolicy, { logger: false });
    app.use(cookieParser());
    app.setGlobalPrefix('api');
    app.useGlobalFilters(new HttpExceptionFilter());
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('is refused to anonymous callers with a 403, not merely asked to sign in', async () => {
    const res = await request(app.getHttpServer()).get('/api/test-without-policy').expect(403);
    expect(res.body).toMatchObject({
      code: 'NO_ACCESS_POLICY',
      message: { fr: expect.any(String), en: expect.any(String) },
    });
  });

  it('is refused even to a signed-in admin', async () => {
    const [root] = await ctx.sql<{ id: string }>(
      `INSERT INTO territories (name, slug, kind) VALUES ('Racine', 'racine', 'metropole') RETURNING id`,
    );
    const account = await createAccount(ctx);
    await ctx.sql(`INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'admin', $2)`, [
      account.id,
      root.id,
    ]);
    const admin = agent(app);
    await admin
      .post('/api/auth/sign-in')
      .send({ email: account.email, password: account.password })
      .expect(200);
    await admin.get('/api/me').expect(200);
    const res = await admin.get('/api/test-without-policy').expect(403);
    expect(res.body.code).toBe('NO_ACCESS_POLICY');
  });

  it('while its sibling declared public answers', async () => {
    await request(app.getHttpServer()).get('/api/test-without-policy/public').expect(200, { reached: true });
  });
});
