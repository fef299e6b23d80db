import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  registryEntries,
  withModuleOrigins,
  type ClientManifest,
} from './registry';

interface Compiler {
  hooks: {
    afterEmit: {tapPromise(name: string, run: () => Promise<void>): void};
  };
}

const NAME = 'route-chunks';

/**
 * Lets every built page name, in its HTML, the scripts of its route.
 *
 * The server render reports a page's modules by path, while the client
 * manifest knows chunks only by name, so the pages listed just the main bundle
 * and fetched their own chunks once it had run: a round trip on the network
 * and a main-thread task before hydration. After the client build writes its
 * manifest, this adds each registry chunk under its module path as well.
 */
export default function routeChunksPlugin(context: LoadContext): Plugin {
  const manifestPath = path.join(
    context.generatedFilesDir,
    'client-manifest.json',
  );
  const registryPath = path.join(context.generatedFilesDir, 'registry.js');

  async function addModuleOrigins() {
    const [manifest, registry] = await Promise.all([
      readFile(manifestPath, 'utf8'),
      readFile(registryPath, 'utf8'),
    ]);
    const entries = registryEntries(registry);
    if (entries.length === 0) {
      throw new Error(
        `${registryPath}: no chunk entries found. Docusaurus changed the ` +
          `file's format: update src/plugins/routeChunks/registry.ts.`,
      );
    }
    const fixed = withModuleOrigins(
      JSON.parse(manifest) as ClientManifest,
      entries,
    );
    await writeFile(manifestPath, JSON.stringify(fixed));
    logger.info`${NAME}: number=${entries.length} route chunks named by module`;
  }

  return {
    name: NAME,
    configureWebpack: (_config, isServer) =>
      isServer
        ? {}
        : {
            plugins: [
              {
                apply: (compiler: Compiler) =>
                  compiler.hooks.afterEmit.tapPromise(NAME, addModuleOrigins),
              },
            ],
          },
  };
}
