export interface AlgoliaSettings {
  appId: string;
  apiKey: string;
  indexName: string;
  contextualSearch: true;
  searchPagePath: false;
}

/** Algolia DocSearch settings when all three variables are set, else none. */
export function algoliaFromEnv(
  env: NodeJS.ProcessEnv,
): AlgoliaSettings | undefined {
  const appId = env.ALGOLIA_APP_ID;
  const apiKey = env.ALGOLIA_SEARCH_API_KEY;
  const indexName = env.ALGOLIA_INDEX_NAME;
  if (!appId || !apiKey || !indexName) {
    return undefined;
  }
  return {
    appId,
    apiKey,
    indexName,
    contextualSearch: true,
    // Our own /search page stays the paste page, also with Algolia on.
    searchPagePath: false,
  };
}
