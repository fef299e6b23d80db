// Writes .br and .gz next to every text file of the build, so the server
// sends compressed bytes without compressing on each request.
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {logger} from '@docusaurus/logger';

const TEXT = /\.(?:html|js|css|json|svg|xml|txt|map)$/;
const MIN_BYTES = 512;

async function* textFiles(dir) {
  for (const item of await readdir(dir, {withFileTypes: true})) {
    const file = path.join(dir, item.name);
    if (item.isDirectory()) {
      yield* textFiles(file);
    } else if (TEXT.test(item.name)) {
      yield file;
    }
  }
}

const dir = path.resolve(process.argv[2] ?? 'build');
let files = 0;
let before = 0;
let after = 0;
for await (const file of textFiles(dir)) {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) {
    continue;
  }
  const br = brotliCompressSync(bytes, {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11},
  });
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gzipSync(bytes, {level: 9}));
  files += 1;
  before += bytes.length;
  after += br.length;
}
logger.info`compress: number=${files} files, number=${before} bytes to number=${after} with brotli`;
