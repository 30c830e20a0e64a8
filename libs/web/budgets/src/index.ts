export { budgetsRoutes, proposalRoutes, receiptCheckRoutes } from './lib/budgets.routes';
