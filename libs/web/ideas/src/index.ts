export { ideasRoutes } from './lib/ideas.routes';
export { staffIdeasRoutes } from './lib/staff/staff-ideas.routes';
