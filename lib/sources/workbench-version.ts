// The workbench's own version, recorded as the tool of the derivations it does itself.
import pkg from "../../package.json" with { type: "json" };

export const WORKBENCH_VERSION: string = pkg.version;
