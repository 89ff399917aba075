// What piscina loads in each worker thread: a CommonJS file that imports the ES module worker
// (worker.ts) once. Piscina first tries require() on its worker file, and Node 20's require() of
// an ES module graph intermittently aborts the whole process (a V8 fatal error in
// Module::IsGraphAsync, seen here under load); a CommonJS entry keeps require() away from ES
// modules, and the worker itself is loaded through import().

type Worker = typeof import('./worker.js');

let handle: Promise<Worker['default']> | null = null;

module.exports = async function run(task: Parameters<Worker['default']>[0]): Promise<ReturnType<Worker['default']>> {
  handle ??= import('./worker.js').then((m) => m.default);
  return (await handle)(task);
};
