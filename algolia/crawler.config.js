// Algolia Crawler configuration for this site, for the opt-in DocSearch mode.
// Paste it into the Algolia Crawler editor, replacing SITE_URL with the site's
// address (the same value as the SITE_URL build variable) and the app id.
// Records carry `language` and `docusaurus_tag`, the facets DocSearch's
// contextual search filters on, so each locale searches only its own pages.
const SITE_URL = 'https://faq.example.org';

new Crawler({
  appId: 'YOUR_APP_ID',
  apiKey: 'YOUR_CRAWLER_API_KEY',
  rateLimit: 8,
  maxDepth: 10,
  startUrls: [`${SITE_URL}/`, `${SITE_URL}/en/`],
  sitemaps: [`${SITE_URL}/sitemap.xml`],
  // Permalink pages only redirect to entries; the search page has no content.
  exclusionPatterns: [
    `${SITE_URL}/e/**`,
    `${SITE_URL}/zh-Hans/e/**`,
    `${SITE_URL}/en/e/**`,
    `${SITE_URL}/search**`,
    `${SITE_URL}/en/search**`,
  ],
  ignoreCanonicalTo: true,
  discoveryPatterns: [`${SITE_URL}/**`],
  actions: [
    {
      indexName: 'kubevela_faq',
      pathsToMatch: [`${SITE_URL}/**`],
      recordExtractor: ({$, helpers}) => {
        // The copy buttons and the card labels are not content.
        $('[data-entry-tools], .hash-link, .theme-code-block button').remove();
        const lvl0 =
          $('.menu__link.menu__link--sublist.menu__link--active, .navbar__item.navbar__link--active')
            .last()
            .text() || 'FAQ';
        return helpers.docsearch({
          recordProps: {
            lvl0: {selectors: '', defaultValue: lvl0},
            lvl1: ['header h1', 'article h1'],
            lvl2: 'article h2',
            lvl3: 'article h3',
            lvl4: 'article h4',
            lvl5: 'article h5, article td:first-child',
            lvl6: 'article h6',
            content: 'article p, article li, article td:last-child, article [data-signature]',
          },
          indexHeadings: true,
          aggregateContent: true,
          recordVersion: 'v3',
        });
      },
    },
  ],
  initialIndexSettings: {
    kubevela_faq: {
      attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
      attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type'],
      attributesToHighlight: ['hierarchy', 'content'],
      attributesToSnippet: ['content:10'],
      camelCaseAttributes: ['hierarchy', 'content'],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'unordered(hierarchy.lvl5)',
        'unordered(hierarchy.lvl6)',
        'content',
      ],
      distinct: true,
      attributeForDistinct: 'url',
      customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
      ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: '</span>',
      minWordSizefor1Typo: 3,
      minWordSizefor2Typos: 7,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: 'allOptional',
      separatorsToIndex: '_',
      indexLanguages: ['zh', 'en'],
      queryLanguages: ['zh', 'en'],
    },
  },
});
