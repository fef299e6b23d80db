import {existsSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {createServer} from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build on a free port for the browser tests. */
export default async function setup(project: TestProject) {
  const dir = path.resolve('build');
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error('build/ is missing: run npm run build (npm test does).');
  }
  const server = createServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
