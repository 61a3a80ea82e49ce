/** The bundle's entry (dist/cli.js): runs the CLI and sets the exit code. */
import { main } from './main';

// A reader that goes away (`| head -1`) is not an error: end quietly with the code we have.
const pipeClosed = (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw error;
};
process.stdout.on('error', pipeClosed);
process.stderr.on('error', pipeClosed);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = 2;
    process.stderr.write(`limit-audit: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  },
);
