export { adminRoutes } from './lib/admin.routes';
