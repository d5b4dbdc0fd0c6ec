// Loaded into each app process by app-cluster.mjs: when the primary is gone (killed outright, so it
// could not stop its processes), the IPC channel closes and the app process ends too, instead of
// lingering on the port with nobody to replace or stop it.
process.on("disconnect", () => process.exit(1));
