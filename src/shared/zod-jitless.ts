// Imported first by the preload and the renderer, before any schema exists: zod 4 probes
// `new Function` when it builds an object schema (to compile a faster parser), and the window's
// Content Security Policy refuses eval, so Chromium reports a violation on every load. Jitless,
// zod parses without compiling; main, which has no CSP, keeps the compiled parsers.
import { z } from 'zod';

z.config({ jitless: true });
