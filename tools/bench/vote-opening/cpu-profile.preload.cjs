// Preloaded into the API process (NODE_OPTIONS=--require …) when BENCH_CPU_PROFILE is set: Node 20
// refuses --cpu-prof in NODE_OPTIONS, and bench-stack starts the API with fixed arguments. Profiles
// through the inspector and writes <dir>/api-<pid>.cpuprofile when the bench stops the API (SIGINT).
// A same-thread inspector session answers synchronously, so the file is written before main.ts exits.
const { writeFileSync } = require('node:fs');
const inspector = require('node:inspector');
const { join } = require('node:path');

const dir = process.env.BENCH_CPU_PROFILE;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `api-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.prependListener('SIGINT', write);
  process.on('exit', write);
}
