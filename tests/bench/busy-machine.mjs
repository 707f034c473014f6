// A busy machine for the 3D bench: `processes` child processes that each spin a CPU core, as a
// shopper's phone runs other apps and tabs while the page loads.
import { spawn } from 'node:child_process';

/** Runs `work` while `processes` busy loops spin; they are killed when it settles, however it ends. */
export async function whileBusy(processes, work) {
  const loops = Array.from({ length: processes }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  try {
    return await work();
  } finally {
    for (const loop of loops) loop.kill('SIGKILL');
  }
}
