/** Runs before each test file (vitest.config.ts, setupFiles): what every file needs. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp';

afterAll(removeTempDirs);
