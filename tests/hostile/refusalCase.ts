import { JSON_HEADERS, type RawResponse } from './http.js';

/** A request the server must refuse: what it sends, and the status, code and message of the refusal. */
export interface Case {
  name: string;
  send: (url: string) => Promise<RawResponse>;
  status: number;
  code: string;
  message: RegExp;
  extensions?: Record<string, unknown>;
}

export const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: JSON_HEADERS,
  body: JSON.stringify(body),
});
