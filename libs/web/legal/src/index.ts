export { legalRoutes } from './lib/legal.routes';
