import { startServer } from './server';

// A stray rejected promise must cost one answer, never the server and the user's diagnostics.
process.on('unhandledRejection', (reason) => {
  console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
});

startServer();
