import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCliDoc } from '../../scripts/gen-cli-doc.js';

describe('docs/cli.md', () => {
  it('is generated from the commands and up to date (run scripts/gen-cli-doc.ts)', () => {
    expect(readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')).toBe(renderCliDoc());
  });
});
