import { useEffect, useState } from 'react';
import type { StepAnalytics, VersionAnalytics } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';

export interface AnalyticsState {
  versions: VersionAnalytics[];
  error: string | null;
  loading: boolean;
}

/** The server's analytics for a journey's published versions, fetched when `enabled`. */
export function useAnalytics(api: DesignerApi, journeyId: string, enabled: boolean): AnalyticsState {
  const [state, setState] = useState<AnalyticsState>({ versions: [], error: null, loading: false });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api
      .analytics(journeyId)
      .then((found) => current && setState({ versions: found.versions, error: null, loading: false }))
      .catch(
        (error: unknown) =>
          current &&
          setState({
            versions: [],
            error: error instanceof Error ? error.message : String(error),
            loading: false,
          }),
      );
    return () => {
      current = false;
    };
  }, [api, journeyId, enabled]);
  return state;
}

/** One version's figures by step, for the map's overlay. */
export function analyticsByStep(version: VersionAnalytics | undefined): Map<string, StepAnalytics> | null {
  return version ? new Map(version.steps.map((s) => [s.stepId, s])) : null;
}
