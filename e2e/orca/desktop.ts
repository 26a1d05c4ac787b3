// A private desktop for a real screen reader: a virtual X display (Xvfb), a session bus, a window
// manager (openbox, so Chromium's window is active and focused), the accessibility bus (AT-SPI) and
// Orca, every one started here, in a temporary folder of its own (HOME, XDG_RUNTIME_DIR), and
// stopped here by its process id. Orca's speech goes to a file, one utterance a line
// (orca-customizations.py), which e2e/orca/speech.ts reads.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** This folder (Playwright runs from the repository's root). */
const HERE = path.join(process.cwd(), 'e2e', 'orca');

/** The system programs the stack needs, each with the Debian package that provides it. */
export const REQUIRED_PROGRAMS: readonly { program: string; debianPackage: string }[] = [
  { program: 'Xvfb', debianPackage: 'xvfb' },
  { program: 'dbus-daemon', debianPackage: 'dbus-x11' },
  { program: 'openbox', debianPackage: 'openbox' },
  { program: '/usr/libexec/at-spi-bus-launcher', debianPackage: 'at-spi2-core' },
  { program: 'orca', debianPackage: 'orca' },
  { program: 'xdotool', debianPackage: 'xdotool' },
  { program: 'xprop', debianPackage: 'x11-utils' },
  { program: 'dbus-send', debianPackage: 'dbus' },
];

/**
 * The Debian packages whose programs are missing; empty when the stack can start. A program is
 * found by its absolute path, or in one of the folders of `searchPath` (like `PATH`).
 */
export function missingPackages(
  searchPath: string = process.env.PATH ?? '',
  exists: (file: string) => boolean = existsSync,
): string[] {
  const found = (program: string) =>
    program.startsWith('/')
      ? exists(program)
      : searchPath.split(path.delimiter).some((dir) => dir !== '' && exists(path.join(dir, program)));
  return [...new Set(REQUIRED_PROGRAMS.filter((r) => !found(r.program)).map((r) => r.debianPackage))];
}

/** How long each process gets to become ready, at most. Generous: the machine may be busy. */
const READY_WITHIN_MS = 30_000;

export interface Desktop {
  /** The environment a program needs to run on this desktop (DISPLAY, the buses, HOME). */
  readonly env: NodeJS.ProcessEnv;
  /** The file Orca appends each utterance to. */
  readonly speechLog: string;
  /** Orca's debug log (focus changes, speech, errors): the first thing to read when a journey fails. */
  readonly debugLog: string;
  /** Presses keys on the X display, where Orca hears them (keys sent through the browser never reach it). */
  key(...keys: string[]): void;
  /** Types text on the X display, a key every 100 ms. */
  type(text: string): void;
  stop(): Promise<void>;
}

/** Polls `check` until it gives a value; fails when `child` exits first or the time is up. */
async function waitFor<T>(
  what: string,
  child: ChildProcess,
  check: () => T | undefined,
  log: () => string,
): Promise<T> {
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited before it was ready:\n${log()}`);
    if (Date.now() > deadline)
      throw new Error(`${what} was not ready within ${READY_WITHIN_MS / 1000} s:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the stack; stop it with {@link Desktop.stop} (also when a later step fails to start). */
export async function startDesktop(): Promise<Desktop> {
  const missing = missingPackages();
  if (missing.length)
    throw new Error(
      `The screen-reader tests need Orca on a virtual display. Install: apt-get install -y ${missing.join(' ')}`,
    );

  const root = mkdtempSync(path.join(tmpdir(), 'caption-companion-orca-'));
  const dir = (name: string) => {
    const p = path.join(root, name);
    mkdirSync(p, { recursive: true, mode: 0o700 });
    return p;
  };
  const speechLog = path.join(root, 'speech.log');
  const debugLog = path.join(root, 'orca-debug.log');
  writeFileSync(speechLog, '');
  // This process's environment without its desktop: every variable that names a display, a bus or
  // a home is replaced (undefined ones are not passed on).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: 'C.UTF-8',
    DISPLAY: undefined,
    WAYLAND_DISPLAY: undefined,
    DBUS_SESSION_BUS_ADDRESS: undefined,
    AT_SPI_BUS_ADDRESS: undefined,
    HOME: dir('home'),
    XDG_RUNTIME_DIR: dir('runtime'),
    XDG_CONFIG_HOME: dir('config'),
    XDG_DATA_HOME: dir('data'),
    XDG_CACHE_HOME: dir('cache'),
    NO_AT_BRIDGE: '0',
    GTK_MODULES: 'gail:atk-bridge',
    ORCA_SPEECH_LOG: speechLog,
  };
  const children: ChildProcess[] = [];
  const output = new Map<ChildProcess, string>();
  const start = (
    command: string,
    args: string[],
    stdio: ('ignore' | 'pipe')[] = ['ignore', 'pipe', 'pipe'],
  ) => {
    // Each in a process group of its own, so stopping it also stops what it started (the
    // accessibility bus launcher starts a bus daemon and the registry).
    const child = spawn(command, args, { env, stdio, detached: true });
    output.set(child, '');
    const keep = (chunk: Buffer) => output.set(child, (output.get(child)! + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.push(child);
    return child;
  };
  const describe = (child: ChildProcess) =>
    `${child.spawnargs.join(' ')} (exit ${child.exitCode ?? 'running'}):\n${output.get(child)}`;

  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        continue;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once it listens.
    const xvfb = start(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      ['ignore', 'pipe', 'pipe', 'pipe'],
    );
    let displayNumber = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => (displayNumber += chunk.toString()));
    const display = await waitFor(
      'Xvfb',
      xvfb,
      () => (/\d+\n/.test(displayNumber) ? `:${displayNumber.trim()}` : undefined),
      () => describe(xvfb),
    );
    env.DISPLAY = display;

    const bus = start('dbus-daemon', ['--session', '--nofork', '--print-address=1']);
    let address = '';
    bus.stdout!.on('data', (chunk: Buffer) => (address += chunk.toString()));
    env.DBUS_SESSION_BUS_ADDRESS = await waitFor(
      'the session bus',
      bus,
      () => (address.includes('\n') ? address.trim() : undefined),
      () => describe(bus),
    );

    const openbox = start('openbox', ['--sm-disable']);
    await waitFor(
      'openbox',
      openbox,
      () => (windowManagerRunning(env) ? true : undefined),
      () => describe(openbox),
    );

    const atspi = start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    await waitFor(
      'the accessibility bus',
      atspi,
      () => (accessibilityBus(env) ? true : undefined),
      () => describe(atspi),
    );

    const prefs = dir('orca-settings');
    copyFileSync(path.join(HERE, 'orca-customizations.py'), path.join(prefs, 'orca-customizations.py'));
    // Debian's Python, which has Orca's modules (not a python3 another tool put first on PATH).
    const orca = start('/usr/bin/python3', [path.join(HERE, 'launch-orca.py'), prefs, debugLog]);
    // Orca says "Screen reader on." once it has registered for events.
    await waitFor(
      'Orca',
      orca,
      () => (readFileSync(speechLog, 'utf8').trim() ? true : undefined),
      () => `${describe(orca)}\n${existsSync(debugLog) ? readFileSync(debugLog, 'utf8').slice(-4000) : ''}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    env,
    speechLog,
    debugLog,
    key: (...keys) => xdotool(env, ['key', '--clearmodifiers', ...keys]),
    type: (text) => xdotool(env, ['type', '--clearmodifiers', '--delay', '100', text]),
    stop,
  };
}

function xdotool(env: NodeJS.ProcessEnv, args: string[]) {
  const result = spawnSync('xdotool', args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`xdotool ${args.join(' ')} failed: ${result.stderr}`);
}

/** True once a window manager has claimed the screen (xprop reads the root window's hint). */
function windowManagerRunning(env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env, encoding: 'utf8' });
  return result.status === 0 && /window id/.test(result.stdout);
}

/** True once the session bus answers for the accessibility bus (org.a11y.Bus). */
function accessibilityBus(env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(
    'dbus-send',
    ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'],
    { env, encoding: 'utf8' },
  );
  return result.status === 0;
}
