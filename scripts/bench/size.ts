import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

/** Bytes of text once gzipped, as a server sends it. */
export function gzipped(text: string | Uint8Array): number {
  return gzipSync(text).length;
}

/** The browser's search client: match.ts and all it imports, minified. */
export async function clientBundle(root: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(root, 'src/search/match.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}
