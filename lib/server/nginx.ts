// nginx in front of the app processes on one machine (`npm run cluster`, the e2e cluster tests,
// the benchmark): a full nginx.conf in a folder of its own around deploy/nginx/*.inc, the same
// caching and proxy rules a real host uses (deploy/nginx/liushi.conf).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

export const NGINX_MISSING = "未找到 nginx。请先安装：apt-get install -y nginx（或用 NGINX_PATH 指定其路径）。";

/** `staticCopies`: a folder served at /static-copies/ as gzipped HTML (the benchmark's copies of pages). */
export type NginxOptions = { dir: string; listen: number; upstreams: string[]; workers?: number; staticCopies?: string };

export function writeNginxConfig({ dir, listen, upstreams, workers = 2, staticCopies }: NginxOptions): string {
  const deploy = path.resolve("deploy/nginx");
  // Started as root, nginx runs its workers as `nobody`: they must reach and write these folders.
  chmodSync(dir, 0o755);
  for (const sub of ["cache", "client", "proxy", "logs"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(path.join(dir, sub), 0o777);
  }
  const conf = `# Written by lib/server/nginx.ts for one machine; a real host uses deploy/nginx/liushi.conf.
worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path ${dir}/client;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/proxy;
    uwsgi_temp_path ${dir}/proxy;
    scgi_temp_path ${dir}/proxy;
    keepalive_requests 100000;
    include ${deploy}/liushi-http.inc;
    upstream liushi_app {
${upstreams.map((u) => `        server ${u} max_fails=1 fail_timeout=2s;`).join("\n")}
        keepalive 64;
    }
    proxy_cache_path ${dir}/cache levels=1:2 keys_zone=liushi_micro:20m max_size=256m inactive=10m use_temp_path=off;
    server {
        listen 127.0.0.1:${listen};
        location = /robots-static.txt { alias ${path.resolve("public/robots.txt")}; }
${staticCopies ? `        location /static-copies/ { alias ${staticCopies}/; default_type "text/html; charset=utf-8"; gzip off; add_header Content-Encoding gzip; }\n` : ""}        include ${deploy}/liushi-locations.inc;
    }
}
`;
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, conf);
  return file;
}

/** Checks the configuration (nginx -t), then runs nginx in the foreground as a child process. */
export function startNginx(options: NginxOptions): ChildProcess {
  const bin = nginxBinary();
  if (!bin) throw new Error(NGINX_MISSING);
  const file = writeNginxConfig(options);
  const args = ["-p", options.dir, "-c", file];
  const check = spawnSync(bin, [...args, "-t", "-q"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx 配置有误：${check.stderr}`);
  return spawn(bin, [...args, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
}
