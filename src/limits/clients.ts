import { isIPv4 } from 'node:net';
import { LRUCache } from 'lru-cache';

export interface ClientLimitSettings {
  /** Requests in flight at once per client; 0 for no limit. */
  maxConcurrent: number;
  /** Points a client may spend in a burst; 0 for no budget. */
  costBudget: number;
  /** Points given back per second. */
  costRefill: number;
}

interface ClientState {
  inFlight: number;
  /** Points left, as of `at` (performance.now()). */
  points: number;
  at: number;
}

/**
 * Clients remembered at once. Each costs about a hundred bytes, so the table stays under ~10 MB however
 * many addresses a flood comes from; a client pushed out by newer ones starts again with a full budget,
 * which is only ever more lenient.
 */
const CLIENTS_KEPT = 100_000;

export type Refusal = { retryAfterSeconds: number };

/**
 * Per-client limits: requests in flight, and a budget of points (a token bucket: it holds at most
 * `costBudget` points and gets `costRefill` back each second, as Shopify's leaky bucket). A client is its
 * API key's name, or its address when it sends none (src/limits/clientGate.ts).
 */
export class ClientLimits {
  private readonly clients = new LRUCache<string, ClientState>({ max: CLIENTS_KEPT });

  constructor(readonly settings: ClientLimitSettings) {}

  private stateOf(client: string): ClientState {
    let state = this.clients.get(client);
    if (!state)
      this.clients.set(
        client,
        (state = { inFlight: 0, points: this.settings.costBudget, at: performance.now() }),
      );
    return state;
  }

  /** Lets a request in, returning what to call when it ends; or refuses it when the client has too many open. */
  enter(client: string): (() => void) | Refusal {
    const { maxConcurrent } = this.settings;
    if (maxConcurrent === 0) return () => {};
    const state = this.stateOf(client);
    if (state.inFlight >= maxConcurrent) return { retryAfterSeconds: 1 };
    state.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.inFlight -= 1;
    };
  }

  /** Takes `points` from the client's budget, or says how long until it holds that many. */
  spend(client: string, points: number): { remaining: number } | Refusal {
    const { costBudget, costRefill } = this.settings;
    if (costBudget === 0) return { remaining: Infinity };
    const state = this.stateOf(client);
    const now = performance.now();
    state.points = Math.min(costBudget, state.points + ((now - state.at) / 1000) * costRefill);
    state.at = now;
    if (points > state.points) return { retryAfterSeconds: Math.ceil((points - state.points) / costRefill) };
    state.points -= points;
    return { remaining: Math.floor(state.points) };
  }
}

/**
 * Who a request without a key comes from: its address, and for IPv6 its /64, since one host is usually
 * given a whole /64 and could otherwise take a fresh address, and a fresh budget, for each request.
 */
export function addressClient(address: string | undefined): string {
  if (!address) return 'address:unknown';
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
  if (isIPv4(v4)) return `address:${v4}`;
  const [head = '', tail = ''] = address.split('%')[0]!.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(8 - left.length - right.length, 0)).fill('0'), ...right]
    : left;
  return `address:${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
