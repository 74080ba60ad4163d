/**
 * `npm run classroom [-- --port N --host H --redis redis://… --log-dir D --public-address host:port]`: one
 * classroom server process. It serves the built game (building it first if dist/ is missing) and the class's
 * rooms on one port, and prints where students join, the class code and the teacher's page with its key.
 * Loopback only unless --host says otherwise; --no-build serves dist/ as it is; --json prints one line of JSON. docs/classroom.md has the design.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startClassroom } from './app';
import { REPO_ROOT } from './scenarios';
import { serveStatic } from './static';
import { Timings } from './timings';

const DEFAULT_PORT = 4400;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    host: { type: 'string', default: '127.0.0.1' },
    redis: { type: 'string' },
    'log-dir': { type: 'string', default: join(REPO_ROOT, 'classroom-log') },
    'public-address': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    /** One JSON line { port, code, teacherKey } instead of the banner: for the load tool and tests. */
    json: { type: 'boolean', default: false },
    /** Keeps the server's own timings and prints them as one JSON line { timings } when it stops: for the load tool. */
    timings: { type: 'boolean', default: false },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: ${values.port} is not a port number`);
  process.exit(2);
}

const dist = join(REPO_ROOT, 'dist');
if (!values['no-build'] && !existsSync(join(dist, 'index.html'))) {
  console.log('Building the game (dist/ is missing)…');
  const built = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Addresses students on the local network can reach: the chosen host, or each IPv4 address for 0.0.0.0. */
const lanAddresses = (host: string): string[] => {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
  return found.length ? found : ['127.0.0.1'];
};

/** In a cluster, where the others send clients that join a room this process holds (this host and port by default). */
const publicAddress =
  values['public-address'] ?? (values.redis && port !== 0 && values.host !== '0.0.0.0' && values.host !== '::' ? `${values.host}:${port}` : undefined);

const timings = values.timings ? new Timings() : undefined;
const classroom = await startClassroom({
  ...(timings ? { timings } : {}),
  port,
  host: values.host,
  logDir: resolve(values['log-dir']),
  http: serveStatic(dist),
  ...(values.redis ? { redis: values.redis } : {}),
  ...(publicAddress ? { publicAddress } : {}),
});

if (values.json) console.log(JSON.stringify({ port: classroom.port, code: classroom.code, teacherKey: classroom.teacherKey }));
else banner();

function banner(): void {
  const [first] = lanAddresses(values.host);
  const base = `http://${first}:${classroom.port}`;
  console.log(`Standoff classroom, listening on ${values.host}:${classroom.port}${values.redis ? ' (cluster mode, shared Redis)' : ''}`);
  console.log(`Students join at:  ${base}/?class=${classroom.code}`);
  for (const other of lanAddresses(values.host).slice(1)) console.log(`               or:  http://${other}:${classroom.port}/?class=${classroom.code}`);
  console.log(`Class code:        ${classroom.code}`);
  console.log(`Teacher page:      ${base}/?teacher=${classroom.code}#key=${classroom.teacherKey}`);
  if (values.host === '127.0.0.1' || values.host === 'localhost') console.log('Only this computer can connect; add --host 0.0.0.0 to let students on the local network join.');
  console.log('Stop with Ctrl+C: the class is kept in the log and comes back when you start again.');
}

const stop = () => {
  void classroom.close().finally(() => {
    if (timings) console.log(JSON.stringify({ timings: timings.taken() }));
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
