// Serves the release build (dist/) on loopback the way a static host would: files as they
// are, and index.html for any path without a file, so deep links like /customers/<id> load
// the app. A missing asset (a path with an extension) is a real 404.
//
// Tests may deploy another build on the same address (`deploy(dir)`) or take the host down
// (`setDown(true)`: every connection is dropped, as with no signal); `reset()` undoes both.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export async function startServer(dist = resolve('dist'), port = 0) {
  let root = dist;
  let down = false;
  const server = createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let target = file;
      const info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) {
        if (extname(path)) {
          res.writeHead(404).end('not found');
          return;
        }
        target = join(root, 'index.html');
      }
      const body = await readFile(target);
      res.writeHead(200, {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    deploy: (dir) => {
      root = resolve(dir);
    },
    setDown: (value) => {
      down = value;
    },
    /** Back to serving the original build, up. */
    reset: () => {
      root = dist;
      down = false;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

// `node tests/e2e/support/server.mjs [port]` serves dist/ by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startServer(resolve('dist'), Number(process.argv[2] ?? 8080));
  console.log(`serving dist/ on ${url}`);
}
