// The six pages whose health we measure (bench:site) and check (axe tests).
export const MEASURED_PAGES = [
  '/',
  '/docs/faq',
  '/search?q=ScopeDefinition%20exists',
  '/en/',
  '/en/docs/faq',
  '/en/search?q=ScopeDefinition%20exists',
];
