import type { Migration } from './types';

/*
 * Instants are TEXT in Date#toISOString form (storage normalises them), so text order is time order.
 * JSON is TEXT written by JSON.stringify, read back by JSON.parse. Roles are also copied to
 * task_roles so that filtering a task queue by role uses an index.
 */
export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    description: 'journey versions, instances, events, tasks, deadlines, outbox, feedback, files',
    sql: `
CREATE TABLE journey_versions (
  journey_id TEXT NOT NULL,
  version TEXT NOT NULL,
  status TEXT NOT NULL,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,
  PRIMARY KEY (journey_id, version)
);

CREATE TABLE instances (
  id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL,
  journey_version TEXT NOT NULL,
  status TEXT NOT NULL,
  current_step TEXT NOT NULL,
  outcome TEXT,
  reference TEXT UNIQUE,
  language TEXT NOT NULL,
  resume_token_hash TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT,
  erased_at TEXT
);
CREATE INDEX instances_by_completion ON instances (journey_id, status, completed_at);

CREATE TABLE events (
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  journey_id TEXT NOT NULL,
  journey_version TEXT NOT NULL,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  actor_id TEXT,
  actor_role TEXT,
  step_id TEXT,
  data TEXT,
  PRIMARY KEY (instance_id, seq)
);
CREATE INDEX events_by_journey ON events (journey_id, journey_version);

CREATE TABLE tasks (
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  task_id TEXT NOT NULL,
  journey_id TEXT NOT NULL,
  journey_version TEXT NOT NULL,
  step_id TEXT NOT NULL,
  title TEXT NOT NULL,
  roles TEXT NOT NULL,
  status TEXT NOT NULL,
  due_at TEXT,
  paused INTEGER NOT NULL,
  escalated INTEGER NOT NULL,
  reference TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (instance_id, task_id)
);
CREATE INDEX tasks_by_status ON tasks (status, due_at);
CREATE INDEX tasks_by_journey ON tasks (journey_id, status, due_at);
CREATE INDEX tasks_by_due ON tasks (due_at);

CREATE TABLE task_roles (
  instance_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (instance_id, task_id, role),
  FOREIGN KEY (instance_id, task_id) REFERENCES tasks (instance_id, task_id) ON DELETE CASCADE
);
CREATE INDEX task_roles_by_role ON task_roles (role);

CREATE TABLE deadlines (
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  task_id TEXT NOT NULL,
  due_at TEXT NOT NULL,
  claimed_until TEXT,
  PRIMARY KEY (instance_id, task_id)
);
CREATE INDEX deadlines_by_due ON deadlines (due_at);

CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  output_id TEXT NOT NULL,
  payload TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at TEXT NOT NULL,
  claimed_until TEXT,
  last_error TEXT,
  delivered_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX outbox_by_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_instance ON outbox (instance_id);

CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL,
  journey_version TEXT NOT NULL,
  instance_id TEXT,
  step_id TEXT,
  kind TEXT NOT NULL,
  rating REAL,
  comment TEXT,
  at TEXT NOT NULL
);
CREATE INDEX feedback_by_journey ON feedback (journey_id, journey_version);
CREATE INDEX feedback_by_instance ON feedback (instance_id);

CREATE TABLE files (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX files_by_instance ON files (instance_id);
`,
  },
  {
    version: 2,
    description: 'co-design review links and comments',
    sql: `
CREATE TABLE review_links (
  id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL,
  version TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT,
  FOREIGN KEY (journey_id, version) REFERENCES journey_versions (journey_id, version) ON DELETE CASCADE
);
CREATE INDEX review_links_by_version ON review_links (journey_id, version);

CREATE TABLE review_comments (
  id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL,
  version TEXT NOT NULL,
  parent_id TEXT REFERENCES review_comments (id) ON DELETE CASCADE,
  step_id TEXT NOT NULL,
  field TEXT,
  author_kind TEXT NOT NULL,
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  FOREIGN KEY (journey_id, version) REFERENCES journey_versions (journey_id, version) ON DELETE CASCADE
);
CREATE INDEX review_comments_by_version ON review_comments (journey_id, version, created_at);
CREATE INDEX review_comments_by_parent ON review_comments (parent_id);
`,
  },
];
