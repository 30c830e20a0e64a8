import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import pino from 'pino';
import pinoHttp from 'pino-http';

import type { ApiError } from '@agora/contracts';

import { AppModule } from './app.module';
import { AppConfig } from './config/app.config';
import { queryCountMiddleware } from './diagnostics/query-count.middleware';
import { badRequest } from './errors/domain.error';
import { HttpExceptionFilter } from './errors/http-exception.filter';
import { fieldErrorsFrom } from './errors/validation.messages';
import { compressResponses } from './web-app/response-compression.middleware';
import { busyAbove } from './web-app/busy.meter';
import { webAssets } from './web-app/web-assets.middleware';

export const BODY_LIMIT = '1mb';

/** Builds the whole HTTP application; used by main.ts and by the integration tests alike. */
export async function createApp(
  config: AppConfig & { databaseUrl: string },
  options: { logRequests?: boolean } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logRequests === false ? ['error', 'warn'] : ['error', 'warn', 'log'],
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // First, so that the count covers everything the request does (session lookup included).
  if (config.countQueries) app.use(queryCountMiddleware());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Fonts are bundled with the web app: no third-party origin (helmet's default allows any https:).
          fontSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      // Set below: also when https reaches us through a trusted proxy (X-Forwarded-Proto).
      hsts: false,
    }),
  );
  app.use(strictTransportSecurity(config.publicUrl.startsWith('https:')));
  app.use(compressResponses());
  if (options.logRequests !== false) {
    app.use(
      pinoHttp({
        level: config.logLevel,
        // One line per request, no personal data: no query string (tokens), no headers, no body.
        serializers: {
          req: (req: { method: string; url: string }) => ({
            method: req.method,
            path: req.url.split('?')[0],
          }),
          res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        },
        customSuccessMessage: () => 'request',
        // Written by a background write that takes whatever lines piled up meanwhile, instead of one
        // blocking write per request on the event loop; pino flushes what is left when the process exits.
        stream: pino.destination({ sync: false }),
      }),
    );
  }
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use(bodyParserErrors);
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) =>
        badRequest(
          'VALIDATION_FAILED',
          'Certains champs sont invalides.',
          'Some fields are invalid.',
          fieldErrorsFrom(errors),
        ),
    }),
  );

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Agora API')
      .setDescription('API publique et privée de la plateforme de participation citoyenne Agora.')
      .setVersion('0.1.0')
      .addCookieAuth('agora_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  // The built web app at / (scripts cached for a year, compressed once), deep links answered by index.html.
  const webApp = webAssets(config.webDistDir, {
    timeZone: config.timeZone,
    isBusy: config.renderBusyPercent >= 100 ? () => false : busyAbove(config.renderBusyPercent / 100),
  });
  if (webApp) app.use(webApp);
  return app;
}

/** Malformed or oversized bodies are the caller's mistake: say which, in French and English. */
function bodyParserErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      statusCode: 400,
      code: 'INVALID_JSON',
      message: {
        fr: 'Le contenu envoyé n’est pas un JSON valide.',
        en: 'The request body is not valid JSON.',
      },
    } satisfies ApiError);
    return;
  }
  if (type === 'entity.too.large') {
    res.status(413).json({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: {
        fr: `Le contenu envoyé dépasse ${BODY_LIMIT}.`,
        en: `The request body exceeds ${BODY_LIMIT}.`,
      },
    } satisfies ApiError);
    return;
  }
  next(error);
}

/**
 * HSTS (one year, subdomains) when the public address is https, or when this request came over https
 * as a trusted proxy says (TRUST_PROXY, X-Forwarded-Proto): browsers then never try plain http again.
 * Never on plain http, where the header would be meaningless and could lock out a misconfigured site.
 */
function strictTransportSecurity(publicIsHttps: boolean) {
  return (
    req: { secure: boolean },
    res: { setHeader(name: string, value: string): void },
    next: () => void,
  ) => {
    if (publicIsHttps || req.secure)
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
