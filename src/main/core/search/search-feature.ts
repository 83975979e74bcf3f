/** The global search in the core: the cached lists, indexed, searched offline. */
import type { SearchChannel } from '../../../shared/search/ipc-names';
import { SEARCH_LIMIT_PER_KIND } from '../../../shared/search/types';
import type { Feature, FeatureContext } from '../feature';
import { SearchIndex } from './search-index';
import { SEARCH_SOURCES } from './search-sources';

export function createSearchFeature(ctx: FeatureContext): Feature<SearchChannel> {
  const index = new SearchIndex(SEARCH_SOURCES);
  return {
    handlers: {
      'search:query': async ({ query, limit, expand }) => {
        const live = ctx.live();
        if (!live) return null;
        return index.answer(live.sync, query, limit ?? SEARCH_LIMIT_PER_KIND, expand);
      },
    },
    afterPass(changed) {
      index.invalidate(changed);
      // after the pass's own work, off its path; a search meanwhile shares the build
      setTimeout(() => {
        const live = ctx.live();
        if (live) void index.warm(live.sync);
      }, 0);
    },
    onSignedOut() {
      index.clear();
    },
  };
}
