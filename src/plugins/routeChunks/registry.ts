const ENTRY =
  /^\s*"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ ("(?:[^"\\]|\\.)*")\)/gm;

/** Chunk name and module path of each entry in `.docusaurus/registry.js`. */
export function registryEntries(source: string): [string, string][] {
  return [...source.matchAll(ENTRY)].map(([, chunkName, modulePath]) => [
    chunkName!,
    JSON.parse(modulePath!) as string,
  ]);
}

export interface ClientManifest {
  origins: Record<string, (string | number)[]>;
  [key: string]: unknown;
}

/**
 * The manifest with each chunk's origins also listed under its module path,
 * the name the server render reports a page's modules by.
 */
export function withModuleOrigins(
  manifest: ClientManifest,
  entries: [string, string][],
): ClientManifest {
  const origins = {...manifest.origins};
  for (const [chunkName, modulePath] of entries) {
    const chunks = manifest.origins[chunkName];
    if (chunks) {
      origins[modulePath] = chunks;
    }
  }
  return {...manifest, origins};
}
