import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod must not compile
// validators with `new Function`.
z.config({ jitless: true });

export { z };
