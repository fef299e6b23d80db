import {useEffect, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {FaqGlobalData} from '../../plugins/faq';
import {loadMatcher, type SearchOutcome} from './loadMatcher';

export type SearchState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'error'}
  | {status: 'done'; outcome: SearchOutcome};

export function useIndexUrl(): string {
  const {indexPath} = usePluginData('faq') as FaqGlobalData;
  return useBaseUrl(`/${indexPath}`);
}

/** Runs a query against this locale's index; `enabled` false defers loading. */
export function useFaqSearch(query: string, enabled = true): SearchState {
  const indexUrl = useIndexUrl();
  const [state, setState] = useState<SearchState>({status: 'idle'});

  useEffect(() => {
    if (!enabled || !query.trim()) {
      setState({status: 'idle'});
      return undefined;
    }
    let live = true;
    setState((previous) =>
      previous.status === 'done' ? previous : {status: 'loading'},
    );
    loadMatcher(indexUrl).then(
      (matcher) => {
        if (live) {
          setState({status: 'done', outcome: matcher.search(query)});
        }
      },
      () => live && setState({status: 'error'}),
    );
    return () => {
      live = false;
    };
  }, [indexUrl, query, enabled]);

  return state;
}

/**
 * Starts loading the matcher and index, for a reader who is about to search:
 * focusing a search box is first use, and the paste follows.
 */
export function usePrefetchSearch(): () => void {
  const indexUrl = useIndexUrl();
  return () => {
    loadMatcher(indexUrl).catch(() => undefined);
  };
}
