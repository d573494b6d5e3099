import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { CommentThread, NewComment } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';

/** Designers reply and resolve; reviewers (through a review link) read and add comments. */
export type ReviewMode = 'designer' | 'reviewer';

export interface CommentsValue {
  mode: ReviewMode;
  threads: readonly CommentThread[];
  loading: boolean;
  /** Why the comments could not be loaded, or null. */
  error: string | null;
  /** Open threads per step id, for the map's badges. */
  openByStep: ReadonlyMap<string, number>;
  refresh(): Promise<void>;
  add(comment: NewComment): Promise<CommentThread>;
  reply(threadId: string, text: string): Promise<void>;
  setStatus(threadId: string, status: 'open' | 'resolved'): Promise<void>;
}

const CommentsContext = createContext<CommentsValue | null>(null);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Loads a version's comment threads and keeps them current as comments are added and answered. */
export function CommentsProvider(props: {
  api: DesignerApi;
  journeyId: string;
  version: string;
  mode: ReviewMode;
  children: ReactNode;
}) {
  const { api, journeyId, version, mode } = props;
  const [threads, setThreads] = useState<CommentThread[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setThreads(await api.comments(journeyId, version));
      setError(null);
    } catch (e) {
      setError(message(e));
    } finally {
      setLoading(false);
    }
  }, [api, journeyId, version]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const replace = useCallback((thread: CommentThread) => {
    setThreads((all) =>
      all.some((t) => t.id === thread.id)
        ? all.map((t) => (t.id === thread.id ? thread : t))
        : [...all, thread],
    );
  }, []);

  const value = useMemo<CommentsValue>(() => {
    const openByStep = new Map<string, number>();
    for (const t of threads)
      if (t.status === 'open') openByStep.set(t.stepId, (openByStep.get(t.stepId) ?? 0) + 1);
    return {
      mode,
      threads,
      loading,
      error,
      openByStep,
      refresh,
      async add(comment) {
        const thread = await api.addComment(journeyId, version, comment);
        replace(thread);
        return thread;
      },
      async reply(threadId, text) {
        replace(await api.replyToComment(journeyId, version, threadId, text));
      },
      async setStatus(threadId, status) {
        replace(await api.setCommentStatus(journeyId, version, threadId, status));
      },
    };
  }, [api, journeyId, version, mode, threads, loading, error, refresh, replace]);

  return <CommentsContext.Provider value={value}>{props.children}</CommentsContext.Provider>;
}

/** The comments of the version being edited or reviewed; null outside a CommentsProvider. */
export function useComments(): CommentsValue | null {
  return useContext(CommentsContext);
}
