// Which running processes belong to the embedded PostgreSQL of one data folder, read from Linux's
// /proc: a postmaster and its backends run the `postgres` binary and chdir into their data folder,
// so a process is ours when both hold, whatever pid postmaster.pid names. Elsewhere (no /proc)
// nothing can be told, and every function here answers "unknown" (null) or does nothing, leaving
// PostgreSQL's own checks of postmaster.pid in charge.
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, unlinkSync } from "node:fs";
import path from "node:path";

const canInspect = existsSync("/proc/self/cwd");

/** The pid and port written in `dir`/postmaster.pid, or null when there is none. */
function readLockFile(dir) {
  try {
    const lines = readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(lines[0]), port: Number(lines[3]) || null }; // no port yet while it starts
  } catch {
    return null;
  }
}

/**
 * This folder's live postmaster: { pid, port } when postmaster.pid names a running PostgreSQL
 * server of `dir`; false when it names none (no file, a dead pid, or another program that reuses
 * the pid); null when this system cannot tell.
 */
export function runningPostmaster(dir) {
  const lock = readLockFile(dir);
  if (!lock) return false;
  if (!canInspect) return null;
  const found = describe(lock.pid);
  return found && found.cwd === realpath(dir) && found.isPostmaster ? lock : false;
}

/**
 * Clears what a server killed with kill -9 leaves behind in `dir`: a postmaster.pid whose pid is
 * not this folder's server (PostgreSQL refuses to start while that pid is alive, even when it now
 * belongs to another program), and backends of the dead server, which still hold its shared
 * memory (PostgreSQL refuses to start while they run). Call it only once runningPostmaster(dir)
 * is false. Returns what it did, in words, for the log.
 */
export async function clearLeftovers(dir) {
  if (!canInspect) return [];
  const done = [];
  const lock = readLockFile(dir);
  if (lock && !runningPostmaster(dir)) {
    unlinkSync(path.join(dir, "postmaster.pid"));
    done.push(`removed a stale postmaster.pid (pid ${lock.pid} is ${isRunning(lock.pid) ? "another program" : "gone"})`);
  }
  const orphans = leftoverBackends(dir);
  for (const pid of orphans) signal(pid, "SIGKILL");
  if (orphans.length) {
    await waitUntil(() => orphans.every((pid) => !isRunning(pid)), 5_000);
    done.push(`ended ${orphans.length} leftover process${orphans.length === 1 ? "" : "es"} of the dead server (pid ${orphans.join(", ")})`);
  }
  return done;
}

/** Stops a server that does not answer: a fast shutdown, then kill -9 if it has not ended in 5 s. */
export async function endProcess(pid) {
  signal(pid, "SIGINT");
  signal(pid, "SIGCONT"); // a stopped process (kill -STOP, a debugger) handles its signals only once resumed
  if (await waitUntil(() => !isRunning(pid), 5_000)) return;
  signal(pid, "SIGKILL");
  await waitUntil(() => !isRunning(pid), 5_000);
}

/** True while `pid` runs (a zombie, ended but not yet reaped, does not count). */
export function isRunning(pid) {
  if (!canInspect) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return error.code === "EPERM";
    }
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

/** Backends of a dead postmaster of `dir`: PostgreSQL processes there whose parent is not one. */
function leftoverBackends(dir) {
  const home = realpath(dir);
  const ours = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => ({ pid: Number(entry), ...describe(Number(entry)) }))
    .filter((found) => found.cwd === home);
  const pids = new Set(ours.map((found) => found.pid));
  return ours.filter((found) => !found.isPostmaster && !pids.has(found.ppid)).map((found) => found.pid);
}

/** A running PostgreSQL process: its folder, parent, and whether it is a postmaster; else null. */
function describe(pid) {
  try {
    if (path.basename(readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "")) !== "postgres") return null;
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    if (/^State:\s+Z/m.test(status)) return null;
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return {
      cwd: readlinkSync(`/proc/${pid}/cwd`),
      ppid: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]),
      // A postmaster keeps its command line (`postgres -D dir …`); its children retitle theirs.
      isPostmaster: args.includes("-D"),
    };
  } catch {
    return null; // gone, or not ours to read
  }
}

function realpath(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function waitUntil(condition, ms) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
