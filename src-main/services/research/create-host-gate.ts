/**
 * One request at a time per host, with a pause between them: small business sites often run on
 * shared hosting that a burst of parallel requests slows down for their real visitors.
 */
export interface HostGate {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostGate(delayMs: number): HostGate {
  const tails = new Map<string, Promise<void>>();
  return {
    run(host, task) {
      const previous = tails.get(host) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => pause(delayMs),
        () => pause(delayMs),
      );
      tails.set(host, tail);
      // Forget idle hosts so a long run over thousands of sites does not keep a promise each.
      void tail.then(() => {
        if (tails.get(host) === tail) tails.delete(host);
      });
      return result;
    },
  };
}

function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
