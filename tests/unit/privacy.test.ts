import {liteClient} from 'algoliasearch/lite';
import {describe, expect, it} from 'vitest';
import {
  ALGOLIA_QUERY_LIMIT,
  outgoingQuery,
  privateSearchClient,
} from '../../src/components/Search/privateSearchClient';
import {redact} from '../../src/search/redact';

const LOG = [
  'Error: ScopeDefinition "healthscopes.core.oam.dev" in namespace "" exists',
  'helm repo add private https://deploy:hunter2pass@charts.corp.example/stable',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl',
  'export GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
  'password: s3cr3t!',
  'reported by ops-team@corp.example from 10.20.30.40:6443 and fe80::1ff:fe23:4567:890a',
].join('\n');

describe('redact', () => {
  const clean = redact(LOG);

  it.each([
    ['a password in a URL', 'hunter2pass'],
    ['a bearer token', 'eyJhbGciOiJIUzI1NiJ9'],
    ['a GitHub token', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['an AWS key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['a password setting', 's3cr3t!'],
    ['an e-mail address', 'ops-team@corp.example'],
    ['an IPv4 address', '10.20.30.40'],
    ['an IPv6 address', 'fe80::1ff:fe23:4567:890a'],
  ])('removes %s', (_kind, secret) => {
    expect(clean).not.toContain(secret);
  });

  it('keeps the error text a search needs', () => {
    expect(clean).toContain(
      'Error: ScopeDefinition "healthscopes.core.oam.dev" in namespace "" exists',
    );
    expect(clean).toContain('helm repo add private https://');
  });
});

describe('queries sent to Algolia', () => {
  it('are redacted and cut to the Algolia limit', () => {
    const query = outgoingQuery(`${LOG}\n${'x '.repeat(1000)}`);
    expect(query.length).toBeLessThanOrEqual(ALGOLIA_QUERY_LIMIT);
    expect(query).not.toContain('hunter2pass');
  });

  it('go through the real Algolia client redacted and trimmed', async () => {
    const sent: string[] = [];
    const client = liteClient('APPID', 'search-key', {
      requester: {
        async send(request) {
          sent.push(`${request.url} ${request.data ?? ''}`);
          return {
            status: 200,
            isTimedOut: false,
            content: JSON.stringify({results: [{hits: [], nbHits: 0}]}),
          };
        },
      },
    });
    await privateSearchClient(client).search({
      requests: [{indexName: 'faq', query: `${LOG}\n${'y '.repeat(600)}`}],
    });
    expect(sent).toHaveLength(1);
    for (const secret of ['hunter2pass', 'ghp_16C7e42F', '10.20.30.40']) {
      expect(sent[0]).not.toContain(secret);
    }
    const body = JSON.parse(sent[0].slice(sent[0].indexOf(' ') + 1));
    expect(body.requests[0].query.length).toBeLessThanOrEqual(
      ALGOLIA_QUERY_LIMIT,
    );
    expect(body.requests[0].query).toContain('ScopeDefinition');
  });
});
