import {describe, expect, it} from 'vitest';
import {algoliaFromEnv} from '../../src/plugins/algolia';

describe('algoliaFromEnv', () => {
  it('stays off unless all three variables are set', () => {
    expect(algoliaFromEnv({})).toBeUndefined();
    expect(
      algoliaFromEnv({ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_API_KEY: 'k'}),
    ).toBeUndefined();
  });

  it('turns on contextual search per locale and keeps /search ours', () => {
    expect(
      algoliaFromEnv({
        ALGOLIA_APP_ID: 'A',
        ALGOLIA_SEARCH_API_KEY: 'k',
        ALGOLIA_INDEX_NAME: 'faq',
      }),
    ).toEqual({
      appId: 'A',
      apiKey: 'k',
      indexName: 'faq',
      contextualSearch: true,
      searchPagePath: false,
    });
  });
});
