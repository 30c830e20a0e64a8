export * from './lib/error.contracts';
export * from './lib/access.contracts';
export * from './lib/identity.contracts';
export * from './lib/territory.contracts';
