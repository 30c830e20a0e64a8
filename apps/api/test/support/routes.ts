import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';

import { ACCESS_POLICY, AccessPolicy } from '../../src/access/access.decorator';

/** A route as Nest's router serves it, with the policy its access decorators declare. */
export interface DiscoveredRoute {
  method: string;
  /** With the global prefix and Nest's `:param` placeholders, e.g. `/api/processes/:id/ballots`. */
  path: string;
  handler: string;
  policy: AccessPolicy | undefined;
}

/** Every route handler of the application, read from the controllers' metadata (new modules included). */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const routes: DiscoveredRoute[] = [];
  for (const { instance, metatype } of discovery.getControllers()) {
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, (...args: unknown[]) => unknown>;
    const bases = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) continue; // a helper method, not a route
      for (const base of bases)
        for (const path of ([] as string[]).concat(paths))
          routes.push({
            method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod],
            path:
              '/api/' +
              [base, path]
                .map((p) => p.replace(/^\/|\/$/g, ''))
                .filter(Boolean)
                .join('/'),
            handler: `${metatype.name}.${name}`,
            policy: reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, metatype]),
          });
    }
  }
  return routes;
}
