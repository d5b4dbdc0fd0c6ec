// Owners download the whole project as one archive, streamed by the backup API with the session.
export function BackupPanel({ projectId }: { projectId: string }) {
  return (
    <section aria-labelledby="backup-heading" className="panel settings-panel">
      <h2 id="backup-heading">Backup</h2>
      <p className="muted">
        One file with everything the project holds: documents and every version, annotations and their anchor history, entities, claims, reviews,
        comments, assignments, releases with their files, and the event log with its hashes. Restore it on any workbench from the projects page.
        Taking a backup is recorded in the event log.
      </p>
      <p>
        <a className="button-quiet" href={`/api/v1/projects/${projectId}/backup`} download>
          Download a backup
        </a>
      </p>
    </section>
  );
}
