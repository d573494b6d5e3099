import type { ContextUpdate } from './action-types';

/** The resident answered the request for more information and submitted again. */
export const resubmit: ContextUpdate = () => ({
  moreInformation: null,
  pendingRevisit: [],
  returning: false,
});
