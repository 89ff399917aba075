// A private, real nginx for `tiki2md verify-redirects`: its own configuration, pid, logs and
// temp folders inside a temporary directory, listening on a free 127.0.0.1 port, serving the
// built site with the generated maps (output/redirects/nginx/) included exactly as the README
// tells a webmaster to. `nginx -t` must pass without a single warning before it starts. It runs
// in the foreground (`daemon off`) as our child process and is stopped by its pid.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { NGINX_DIR } from '../redirects/nginx.js';

export interface NginxCheck {
  ok: boolean;
  /** nginx -t output (stderr), trimmed. */
  output: string;
}

export interface RunningNginx {
  port: number;
  origin: string;
  stop(): Promise<void>;
}

const MIME = `types {
        text/html html htm;
        text/css css;
        text/plain txt;
        text/csv csv;
        text/xml xml;
        application/javascript js;
        application/json json;
        application/pdf pdf;
        image/png png;
        image/jpeg jpg jpeg;
        image/gif gif;
        image/svg+xml svg;
    }`;

/** Writes nginx.conf for `root` (the built site) with the maps from `mapsDir` copied beside it. */
export function prepareNginx(dir: string, mapsDir: string, root: string, port: number): string {
  const conf = join(dir, 'conf');
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  mkdirSync(conf, { recursive: true });
  cpSync(mapsDir, join(conf, NGINX_DIR), { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const file = join(conf, 'nginx.conf');
  writeFileSync(
    file,
    `# tiki2md verify-redirects: a private nginx on loopback (generated)
${asRoot ? 'user root root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
    ${MIME}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${join(tmp, 'body')};
    proxy_temp_path ${join(tmp, 'proxy')};
    fastcgi_temp_path ${join(tmp, 'fastcgi')};
    uwsgi_temp_path ${join(tmp, 'uwsgi')};
    scgi_temp_path ${join(tmp, 'scgi')};
    include ${NGINX_DIR}/tiki2md-http.conf;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${JSON.stringify(root)};
        include ${NGINX_DIR}/tiki2md-server.conf;
        location / {
            try_files $uri $uri/ =404;
        }
        error_page 404 /404.html;
    }
}
`,
  );
  return file;
}

/** `nginx -t`: ok only when it succeeds and prints no [warn]/[emerg]/[alert]. */
export function testNginx(nginx: string, confFile: string, dir: string): NginxCheck {
  const r = spawnSync(nginx, ['-t', '-p', dir, '-c', confFile], { encoding: 'utf8' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  const ok = r.status === 0 && !/\[(?:warn|emerg|alert|crit|error)\]/.test(output);
  return { ok, output: output || (r.error ? String(r.error) : '') };
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

/** Starts nginx in the foreground and waits until it accepts connections. */
export async function startNginx(nginx: string, confFile: string, dir: string, port: number): Promise<RunningNginx> {
  const child = spawn(nginx, ['-p', dir, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  let failed: Error | null = null;
  child.once('error', (e) => (failed = e));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
    }
  };
  for (let attempt = 0; attempt < 200; attempt++) {
    if (failed || child.exitCode !== null) break;
    if (await canConnect(port)) return { port, origin: `http://127.0.0.1:${port}`, stop };
    await sleep(50);
  }
  await stop();
  let log = '';
  try {
    log = readFileSync(join(dir, 'error.log'), 'utf8');
  } catch {
    // no log written
  }
  throw new Error(`nginx did not start on 127.0.0.1:${port}: ${String(failed ?? '')}${stderr}${log}`.trim());
}
