// The app's only way to the server: GraphQL over POST, and subscriptions over graphql-transport-ws.

export class GraphQLError extends Error {}

export async function query(document, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

// Subscribes until the returned function is called; reconnects after a dropped connection (1 s, doubling to 30 s).
export function subscribe(document, variables, { next, status }) {
  let socket;
  let stopped = false;
  let delay = 1000;
  const open = () => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = event => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          delay = 1000;
          status?.('open');
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: document, variables } }));
          break;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next':
          if (message.payload?.data) next(message.payload.data);
          break;
        case 'error':
          status?.('error', message.payload?.map?.(e => e.message).join('; '));
          break;
      }
    };
    socket.onclose = () => {
      if (stopped) return;
      status?.('closed');
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 30000);
    };
  };
  open();
  return () => {
    stopped = true;
    socket?.close(1000);
  };
}
