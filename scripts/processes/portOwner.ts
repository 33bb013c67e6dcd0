import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { commandLineOf, type CommandLine } from "./commandLineOf";

/** The process listening on a TCP port: its pid and command line. */
export interface PortOwner {
  readonly pid: number;
  readonly commandLine?: CommandLine;
}

/**
 * Which process listens on TCP `port` (Linux, from /proc/net/tcp{,6} and the processes' open files);
 * undefined when nothing does or it cannot be told (another user's process, no /proc).
 */
export function portOwner(port: number): PortOwner | undefined {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let link: string;
      try {
        link = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (inodes.has(link)) {
        const commandLine = commandLineOf(Number(entry));
        return { pid: Number(entry), ...(commandLine ? { commandLine } : {}) };
      }
    }
  }
  return undefined;
}

/** The `socket:[inode]` names of the sockets listening on `port`. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A" && fields[9]) inodes.add(`socket:[${fields[9]}]`);
    }
  }
  return inodes;
}
