// Runs in the browser before the app's own modules. Zod compiles object parsers with `new Function`
// when it may, and probes once whether it may: the page's CSP refuses eval, and although zod catches
// the refusal, the browser still reports it as a policy violation. jitless skips the probe (and the
// compiled parsers, which forms of this size do not need).
import * as z from "zod";

z.config({ jitless: true });
