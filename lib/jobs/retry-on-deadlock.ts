// pg-boss's queue set-up statements (creating a queue, a schedule) take locks in its own tables;
// several app processes starting at once (one per core) can deadlock on them, and Postgres then
// aborts one side. That side simply tries again: the statements change nothing when repeated.
const DEADLOCK = "40P01";

export async function retryOnDeadlock<T>(step: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
