export { budgetsRoutes, proposalRoutes, receiptCheckRoutes } from './lib/budgets.routes';
export { staffBudgetsRoutes } from './lib/staff/staff-lazy.routes';
