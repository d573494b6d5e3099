import type { Journey } from '@fingerpost/schema';
import { ApiError, apiErrorFrom } from './api-error';
import type {
  CommentThread,
  JourneyAnalytics,
  NewComment,
  ReviewDraft,
  ReviewLink,
  ValidationReport,
  VersionSummary,
  VersionWithDefinition,
} from './api-types';

type Fetch = typeof fetch;

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

/**
 * The server's designer API (`/api/v1`), with the designer's token. Every failure is an ApiError
 * carrying the server's code, message and field problems. With a review link's token instead, only
 * the review operations (`reviewDraft`, `comments`, `addComment`) answer.
 * @example
 * const api = new DesignerApi({ token });
 * await api.saveDraft(journey);
 * await api.publish(journey.id, journey.version);
 */
export class DesignerApi {
  private readonly token: string;
  private readonly base: string;
  private readonly fetcher: Fetch;

  constructor(options: { token: string; baseUrl?: string; fetch?: Fetch }) {
    this.token = options.token;
    this.base = options.baseUrl ?? '';
    this.fetcher = options.fetch ?? ((...args) => fetch(...args));
  }

  private async request<T>(method: string, url: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${url}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ApiError(
        0,
        'network',
        `The server could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!response.ok) throw await apiErrorFrom(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** Every version of every journey, drafts included, by journey id then version. */
  async allVersions(): Promise<VersionSummary[]> {
    return (await this.request<{ versions: VersionSummary[] }>('GET', path('journey-versions'))).versions;
  }

  /** Every version of a journey, drafts and published. */
  async versions(journeyId: string): Promise<VersionSummary[]> {
    return (
      await this.request<{ versions: VersionSummary[] }>('GET', path('journeys', journeyId, 'versions'))
    ).versions;
  }

  async version(journeyId: string, version: string): Promise<VersionWithDefinition> {
    return this.request('GET', path('journeys', journeyId, 'versions', version));
  }

  /** Creates or replaces the draft with the journey's own id and version (409 if that version is published). */
  async saveDraft(journey: Journey): Promise<VersionSummary & { validation: ValidationReport }> {
    return this.request('PUT', path('journeys', journey.id, 'versions', journey.version), journey);
  }

  async deleteDraft(journeyId: string, version: string): Promise<void> {
    await this.request('DELETE', path('journeys', journeyId, 'versions', version));
  }

  async validate(journeyId: string, version: string): Promise<ValidationReport> {
    return this.request('POST', path('journeys', journeyId, 'versions', version, 'validate'));
  }

  /** Publishes a saved, valid draft (422 with the problems otherwise). */
  async publish(journeyId: string, version: string): Promise<VersionSummary> {
    return this.request('POST', path('journeys', journeyId, 'versions', version, 'publish'));
  }

  async analytics(journeyId: string, version?: string): Promise<JourneyAnalytics> {
    const query = version ? `?version=${encodeURIComponent(version)}` : '';
    return this.request('GET', `${path('journeys', journeyId, 'analytics')}${query}`);
  }

  /** Makes a review link for a version; its token is only in this answer. */
  async createReviewLink(journeyId: string, version: string, expiresAt?: string): Promise<ReviewLink> {
    return this.request(
      'POST',
      path('journeys', journeyId, 'versions', version, 'review-links'),
      expiresAt ? { expiresAt } : {},
    );
  }

  async reviewLinks(journeyId: string, version: string): Promise<ReviewLink[]> {
    const url = path('journeys', journeyId, 'versions', version, 'review-links');
    return (await this.request<{ links: ReviewLink[] }>('GET', url)).links;
  }

  async revokeReviewLink(journeyId: string, version: string, linkId: string): Promise<void> {
    await this.request('DELETE', path('journeys', journeyId, 'versions', version, 'review-links', linkId));
  }

  async reviewDraft(journeyId: string, version: string): Promise<ReviewDraft> {
    return this.request('GET', path('journeys', journeyId, 'versions', version, 'review'));
  }

  async comments(journeyId: string, version: string): Promise<CommentThread[]> {
    const url = path('journeys', journeyId, 'versions', version, 'comments');
    return (await this.request<{ comments: CommentThread[] }>('GET', url)).comments;
  }

  async addComment(journeyId: string, version: string, comment: NewComment): Promise<CommentThread> {
    return this.request('POST', path('journeys', journeyId, 'versions', version, 'comments'), comment);
  }

  async replyToComment(
    journeyId: string,
    version: string,
    threadId: string,
    text: string,
  ): Promise<CommentThread> {
    const url = path('journeys', journeyId, 'versions', version, 'comments', threadId, 'replies');
    return this.request('POST', url, { text });
  }

  async setCommentStatus(
    journeyId: string,
    version: string,
    threadId: string,
    status: 'open' | 'resolved',
  ): Promise<CommentThread> {
    const url = path('journeys', journeyId, 'versions', version, 'comments', threadId, 'status');
    return this.request('PUT', url, { status });
  }
}
