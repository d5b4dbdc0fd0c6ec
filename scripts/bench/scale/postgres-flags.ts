/**
 * Settings for a throwaway cluster that must load a million rows quickly. Read-path settings stay
 * Postgres defaults but for shared_buffers; these only speed up loading.
 */
export const SCALE_POSTGRES_FLAGS = [
  "shared_buffers=1GB", "maintenance_work_mem=1GB", "max_wal_size=8GB", "checkpoint_timeout=30min", "fsync=off",
  "synchronous_commit=off", "full_page_writes=off", "wal_level=minimal", "max_wal_senders=0", "autovacuum=off",
].flatMap((f) => ["-c", f]);
