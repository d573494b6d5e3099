import type { Resident } from './load';

/**
 * Starts `count` applications through the API (as residents would, a few at a time), before the
 * measured run, so every submission in it lands on an application that exists.
 */
export async function startResidents(url: string, journeyId: string, count: number): Promise<Resident[]> {
  const residents: Resident[] = [];
  const startOne = async () => {
    const response = await fetch(`${url}/api/v1/journeys/${journeyId}/instances`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (response.status !== 201)
      throw new Error(`starting an application answered ${response.status}: ${await response.text()}`);
    const started = (await response.json()) as Resident;
    residents.push({ instanceId: started.instanceId, resumeToken: started.resumeToken });
  };
  for (let done = 0; done < count; done += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - done) }, startOne));
  }
  return residents;
}

/** The status the server reports for an application (read back after the load). */
export async function statusOf(url: string, resident: Resident): Promise<string> {
  const response = await fetch(`${url}/api/v1/instances/${resident.instanceId}`, {
    headers: { authorization: `Bearer ${resident.resumeToken}` },
  });
  if (response.status !== 200) return `HTTP ${response.status}`;
  return ((await response.json()) as { status: string }).status;
}

/** Hands out residents in order; past the end it hands out the last one (its requests then fail loudly). */
export function residentPool(residents: Resident[]) {
  let next = 0;
  const finished: Resident[] = [];
  return {
    take: () => residents[Math.min(next++, residents.length - 1)]!,
    finished: (resident: Resident) => finished.push(resident),
    finishedResidents: () => finished,
    exhausted: () => next > residents.length,
    /** How many applications have been handed out so far. */
    taken: () => Math.min(next, residents.length),
  };
}
