/**
 * nginx as the load balancer in front of N API processes: plain round robin (no ip_hash, no
 * sticky cookie), so two requests of one browser land on different processes and anything a
 * process kept in memory would show. Server-sent events pass through unbuffered.
 */
export function nginxConfig(options: { prefix: string; listenPort: number; apiPorts: number[] }): string {
  const { prefix, listenPort, apiPorts } = options;
  const running = process.getuid?.() === 0 ? 'user nobody nogroup;\n' : '';
  return `${running}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;

events { worker_connections 4096; }

http {
  access_log off;
  server_tokens off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  client_max_body_size 12m;

  upstream agora_api {
${apiPorts.map((port) => `    server 127.0.0.1:${port} max_fails=0;`).join('\n')}
    keepalive 64;
    # Shorter than the API's keep-alive (65 s): nginx drops an idle connection before Node does.
    keepalive_timeout 30s;
  }

  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://agora_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Live updates (SSE): no buffering, long reads.
      proxy_buffering off;
      proxy_read_timeout 1h;
      # A refused connection (process down) goes to the next process; max_fails=0 above keeps nginx
      # from declaring every process dead for 10 s after one was killed. A request already sent is
      # not retried (a POST may have been applied).
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      # Which process answered, so the fault tests can show the spread.
      add_header X-Agora-Upstream $upstream_addr always;
    }
  }
}
`;
}
