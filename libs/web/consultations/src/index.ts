export { consultationsRoutes, staffConsultationsRoutes } from './lib/consultations.routes';
