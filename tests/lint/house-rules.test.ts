// The house rules kept by machines (STYLE.md, "Kept by machines"): `npm run lint` runs Prettier's
// check and ESLint, and ESLint encodes DESIGN.md's layers. Each fixture in tests/fixtures/lint/
// breaks one rule; it is linted under a path in the folder the rule guards, so a rule that stops
// firing (a typo in a regex, a folder renamed) fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/lint');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids ESLint reports for a fixture placed at `asPath` (relative to the repository). */
async function ruleIdsFor(fixture: string, asPath: string): Promise<(string | null)[]> {
  const source = readFileSync(path.join(fixtures, fixture), 'utf8');
  const [result] = await eslint.lintText(source, { filePath: path.join(root, asPath) });
  return result!.messages.map((m) => m.ruleId);
}

// Loading the Next.js configs takes seconds on a busy machine.
describe('eslint layer rules', { timeout: 60_000 }, () => {
  it.each([
    ['captions-imports-react.ts', 'captions/lint-fixture.ts', 'no-restricted-imports'],
    ['captions-imports-next.ts', 'captions/lint-fixture.ts', 'no-restricted-imports'],
    ['captions-imports-server-only.ts', 'captions/lint-fixture.ts', 'no-restricted-imports'],
    ['captions-imports-components.ts', 'captions/lint-fixture.ts', 'no-restricted-imports'],
    ['captions-imports-app.ts', 'captions/lint-fixture.ts', 'no-restricted-imports'],
    ['captions-uses-dom.ts', 'captions/lint-fixture.ts', 'no-restricted-globals'],
    ['media-imports-player.ts', 'components/media/lint-fixture.ts', 'no-restricted-imports'],
    ['media-imports-components-alias.ts', 'components/media/lint-fixture.ts', 'no-restricted-imports'],
    ['component-imports-app.ts', 'components/player/lint-fixture.ts', 'no-restricted-imports'],
    ['component-imports-app.ts', 'components/media/lint-fixture.ts', 'no-restricted-imports'],
  ])('should reject %s placed at %s (%s)', async (fixture, asPath, ruleId) => {
    expect(await ruleIdsFor(fixture, asPath)).toContain(ruleId);
  });

  it('should accept imports of the core and of components/media/ from a component', async () => {
    expect(await ruleIdsFor('allowed.ts', 'components/player/lint-fixture.ts')).toEqual([]);
  });

  it('should accept in app/ what it rejects in captions/', async () => {
    expect(await ruleIdsFor('captions-imports-react.ts', 'app/lint-fixture.ts')).toEqual([]);
  });
});

describe('prettier check', () => {
  it('should be the first step of npm run lint', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(scripts.lint).toMatch(/^prettier --check \. && eslint \./);
  });

  it('should reject unformatted code and accept it once formatted', async () => {
    const filepath = path.join(root, 'tests/lint/fixture.ts');
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    const source = readFileSync(path.join(fixtures, 'unformatted.ts'), 'utf8');
    expect(await prettier.check(source, options)).toBe(false);
    expect(await prettier.check(await prettier.format(source, options), options)).toBe(true);
  });
});
