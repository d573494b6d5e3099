import { afterEach, describe, expect, it, vi } from 'vitest';
import { PG_URL_VARIABLE, postgresForTests, REQUIRE_PG_VARIABLE } from './test-support';

const saved = { url: process.env[PG_URL_VARIABLE], require: process.env[REQUIRE_PG_VARIABLE] };
function setEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
afterEach(() => {
  setEnv(PG_URL_VARIABLE, saved.url);
  setEnv(REQUIRE_PG_VARIABLE, saved.require);
  vi.restoreAllMocks();
});

// Port 9 (discard) is closed on loopback, so the connection is refused at once.
const UNREACHABLE = 'postgres://postgres@127.0.0.1:9/test';

describe('postgresForTests', () => {
  it('skips loudly when no URL is set', async () => {
    setEnv(PG_URL_VARIABLE, undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await postgresForTests('Some suite')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^SKIPPED: Some suite — set FINGERPOST_TEST_PG_URL/),
    );
  });

  it('skips loudly when the server is unreachable and not required', async () => {
    setEnv(PG_URL_VARIABLE, UNREACHABLE);
    setEnv(REQUIRE_PG_VARIABLE, undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await postgresForTests('Some suite')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SKIPPED: Some suite — PostgreSQL at'));
  });

  it('fails when the server is unreachable and FINGERPOST_REQUIRE_PG=1', async () => {
    setEnv(PG_URL_VARIABLE, UNREACHABLE);
    setEnv(REQUIRE_PG_VARIABLE, '1');
    await expect(postgresForTests('Some suite')).rejects.toThrow(/unreachable and FINGERPOST_REQUIRE_PG=1/);
  });
});
