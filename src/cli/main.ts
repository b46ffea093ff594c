/** The `nianbao` process: runs the command line (program.ts) on its arguments and exits with its code. */
import { runCommand } from './program.js';

process.exitCode = await runCommand(process.argv);
