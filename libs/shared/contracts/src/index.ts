export * from './lib/error.contracts';
export * from './lib/access.contracts';
export * from './lib/identity.contracts';
export * from './lib/territory.contracts';
export * from './lib/process.contracts';
export * from './lib/proposal.contracts';
export * from './lib/budget.contracts';
export * from './lib/proposal-response.contracts';
