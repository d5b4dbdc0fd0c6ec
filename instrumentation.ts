// Runs once when the server starts (Next.js instrumentation hook): the Merkle log's sequencer picks
// up events a crash left committed but not yet in the tree (lib/log/sequence-project.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { sequenceAllProjects } = await import("./lib/log/sequence-project");
  try {
    const { projects, added } = await sequenceAllProjects();
    if (added > 0) console.log(`log: sequenced ${added} event(s) of ${projects} project(s) left by an earlier run`);
  } catch (error) {
    console.error("log: start-up sequencing failed; heads will catch up when read:", error);
  }
}
