import type { Migration } from './types';

/*
 * Identifiers are COLLATE "C" so that ORDER BY gives the same (code-unit) order as SQLite whatever
 * the database's locale. Documents are `json`, not `jsonb`: json keeps the text exactly as written
 * (key order, and \u0000 inside strings), so a snapshot or definition reads back as it was stored.
 * Roles are `jsonb` for the GIN index behind role filtering.
 */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    description: 'journey versions, instances, events, tasks, deadlines, outbox, feedback, files',
    sql: `
CREATE TABLE journey_versions (
  journey_id text COLLATE "C" NOT NULL,
  version text COLLATE "C" NOT NULL,
  status text NOT NULL,
  definition json NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  PRIMARY KEY (journey_id, version)
);

CREATE TABLE instances (
  id text COLLATE "C" PRIMARY KEY,
  journey_id text COLLATE "C" NOT NULL,
  journey_version text COLLATE "C" NOT NULL,
  status text NOT NULL,
  current_step text NOT NULL,
  outcome text,
  reference text UNIQUE,
  language text NOT NULL,
  resume_token_hash text NOT NULL,
  snapshot json NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz,
  erased_at timestamptz
);
CREATE INDEX instances_by_completion ON instances (journey_id, status, completed_at);

CREATE TABLE events (
  instance_id text COLLATE "C" NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  journey_id text COLLATE "C" NOT NULL,
  journey_version text COLLATE "C" NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor_kind text NOT NULL,
  actor_id text,
  actor_role text,
  step_id text,
  data json,
  PRIMARY KEY (instance_id, seq)
);
CREATE INDEX events_by_journey ON events (journey_id, journey_version);

CREATE TABLE tasks (
  instance_id text COLLATE "C" NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  task_id text COLLATE "C" NOT NULL,
  journey_id text COLLATE "C" NOT NULL,
  journey_version text COLLATE "C" NOT NULL,
  step_id text NOT NULL,
  title text NOT NULL,
  roles jsonb NOT NULL,
  status text NOT NULL,
  due_at timestamptz,
  paused boolean NOT NULL,
  escalated boolean NOT NULL,
  reference text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (instance_id, task_id)
);
CREATE INDEX tasks_by_status ON tasks (status, due_at);
CREATE INDEX tasks_by_journey ON tasks (journey_id, status, due_at);
CREATE INDEX tasks_by_due ON tasks (due_at);
CREATE INDEX tasks_by_role ON tasks USING gin (roles jsonb_path_ops);

CREATE TABLE deadlines (
  instance_id text COLLATE "C" NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  task_id text COLLATE "C" NOT NULL,
  due_at timestamptz NOT NULL,
  claimed_until timestamptz,
  PRIMARY KEY (instance_id, task_id)
);
CREATE INDEX deadlines_by_due ON deadlines (due_at);

CREATE TABLE outbox (
  id text COLLATE "C" PRIMARY KEY,
  instance_id text COLLATE "C" NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  kind text NOT NULL,
  output_id text NOT NULL,
  payload json,
  status text NOT NULL,
  attempts integer NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  claimed_until timestamptz,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX outbox_by_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_instance ON outbox (instance_id);

CREATE TABLE feedback (
  id text COLLATE "C" PRIMARY KEY,
  journey_id text COLLATE "C" NOT NULL,
  journey_version text COLLATE "C" NOT NULL,
  instance_id text COLLATE "C",
  step_id text,
  kind text NOT NULL,
  rating double precision,
  comment text,
  at timestamptz NOT NULL
);
CREATE INDEX feedback_by_journey ON feedback (journey_id, journey_version);
CREATE INDEX feedback_by_instance ON feedback (instance_id);

CREATE TABLE files (
  id text COLLATE "C" PRIMARY KEY,
  instance_id text COLLATE "C" NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  name text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX files_by_instance ON files (instance_id);
`,
  },
  {
    version: 2,
    description: 'co-design review links and comments',
    sql: `
CREATE TABLE review_links (
  id text COLLATE "C" PRIMARY KEY,
  journey_id text COLLATE "C" NOT NULL,
  version text COLLATE "C" NOT NULL,
  token_hash text COLLATE "C" NOT NULL UNIQUE,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  revoked_at timestamptz,
  FOREIGN KEY (journey_id, version) REFERENCES journey_versions (journey_id, version) ON DELETE CASCADE
);
CREATE INDEX review_links_by_version ON review_links (journey_id, version);

CREATE TABLE review_comments (
  id text COLLATE "C" PRIMARY KEY,
  journey_id text COLLATE "C" NOT NULL,
  version text COLLATE "C" NOT NULL,
  parent_id text COLLATE "C" REFERENCES review_comments (id) ON DELETE CASCADE,
  step_id text COLLATE "C" NOT NULL,
  field text COLLATE "C",
  author_kind text NOT NULL,
  author_name text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by text,
  FOREIGN KEY (journey_id, version) REFERENCES journey_versions (journey_id, version) ON DELETE CASCADE
);
CREATE INDEX review_comments_by_version ON review_comments (journey_id, version, created_at);
CREATE INDEX review_comments_by_parent ON review_comments (parent_id);
`,
  },
];
