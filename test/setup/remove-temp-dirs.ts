/**
 * Removes the temporary folders a test file made (test/helpers/tmp.ts) once the file is done. Vitest runs a setup
 * file again before each test file, so this hook belongs to that file. It is registered before any of the file's
 * own hooks, and after-hooks run in reverse order (sequence.hooks 'stack', vitest.config.ts): it runs after the
 * file's afterAll hooks, which may still wait for a process writing into a folder.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/tmp.js';

afterAll(() => removeTempDirs());
