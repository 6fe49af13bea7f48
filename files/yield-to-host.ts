/** The timer every host has (Node, browsers); declared here because this room takes no host's types. */
declare function setTimeout(callback: () => void, ms: number): unknown;

/**
 * Lets the host handle what waits while a long edit runs: in the CLI a Ctrl-C or SIGTERM (whose
 * handlers run only between tasks, and remove temporary files), in the web page the page itself.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
