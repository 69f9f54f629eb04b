// For adapters that call an AWS API with `fetch` and the project's signer: a fetch that records each call and
// answers it with `answer`, and the credentials a Lambda role would give (a session token included).

export interface RecordedCall {
  url: string;
  init: RequestInit;
}

export function aRecordingFetch(answer: (call: RecordedCall) => Response): {
  fetch: typeof fetch;
  sent: RecordedCall[];
} {
  const sent: RecordedCall[] = [];
  const recording = (async (url: string, init: RequestInit) => {
    const call = { url: String(url), init };
    sent.push(call);
    return answer(call);
  }) as typeof fetch;
  return { fetch: recording, sent };
}

export const roleCredentials = () => ({
  accessKeyId: 'AKID',
  secretAccessKey: 'secret',
  sessionToken: 'session',
});
