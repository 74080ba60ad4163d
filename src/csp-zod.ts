// The page's Content-Security-Policy forbids eval. Zod 4 compiles fast parsers with `new Function` (and
// probes for it, which the browser reports as a CSP violation), so switch that off before any schema is
// built: app.ts, which loads everything that uses zod, imports this module first.
import { config } from 'zod';

config({ jitless: true });
