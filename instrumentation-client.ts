// Runs in the browser before the app hydrates. Zod probes `new Function` once to decide whether
// to compile its parsers; under the CSP (no 'unsafe-eval', ADR 0008) that probe is refused and
// reported as a violation. Jitless parsing needs no probe, and forms parse little.
import { z } from "zod";

z.config({ jitless: true });
