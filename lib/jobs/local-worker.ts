// This process's source-job worker, by its pg-boss id: pg-boss 10 finds jobs by polling (every second
// here), so a job sent from a process whose worker is idle wakes that worker at once instead of at
// its next poll; other processes' workers still find it by polling.
const state = globalThis as unknown as { sourceWorkerId?: string };

export function rememberLocalWorker(id: string | undefined): void {
  state.sourceWorkerId = id;
}

export function localWorkerId(): string | undefined {
  return state.sourceWorkerId;
}
