export { prioritisationRoutes, worksRoutes } from './lib/works.routes';
export { staffWorksRoutes } from './lib/staff/staff.routes';
