// The bench's one way to run a measuring tool and read its JSON report.
import { describe, expect, it } from 'vitest';
import { runNodeForJson } from '../../scripts/bench/node-json';

describe(runNodeForJson.name, { timeout: 30_000 }, () => {
  it('should resolve with the JSON the program prints', async () => {
    await expect(
      runNodeForJson('echo', ['-e', 'console.log(JSON.stringify({ a: [1, 2] }))']),
    ).resolves.toEqual({
      a: [1, 2],
    });
  });

  it('should reject, naming the program, its exit code and its last lines of error output', async () => {
    const failing = runNodeForJson('tool', [
      '-e',
      'console.error("one\\ntwo\\nthree\\nfour"); process.exit(3)',
    ]);
    await expect(failing).rejects.toThrow('tool exited 3: two three four');
  });

  it('should reject, naming the program, when it prints no JSON', async () => {
    await expect(runNodeForJson('tool', ['-e', 'console.log("hello")'])).rejects.toThrow(
      /^tool printed no JSON/,
    );
  });
});
