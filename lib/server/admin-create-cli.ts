// `npm run admin:create -- --username <name> [--display-name <称谓>] [--one-time]`
// Asks for the password twice (hidden), or with --one-time prints a one-time password that must
// be changed at the first sign-in. Without a terminal it reads the password from standard input.
import { createInterface } from "node:readline";
import { createPrismaClient } from "@/lib/prisma-client";
import { createAdmin } from "./admin-create";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Reads one line; on a terminal the typed characters are not shown. */
function readSecret(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    output._writeToOutput = (s: string) => {
      if (s.includes(prompt)) output.output.write(prompt);
    };
  }
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const username = arg("username");
  if (!username || !process.env.DATABASE_URL) {
    console.error("用法：DATABASE_URL=postgresql://… npm run admin:create -- --username <用户名> [--display-name <称谓>] [--one-time]");
    process.exit(2);
  }
  let password: string | null = null;
  if (!process.argv.includes("--one-time")) {
    password = await readSecret("新管理员的密码（至少 10 位，含大小写字母、数字、符号中的三类）：");
    if (process.stdin.isTTY && (await readSecret("再输入一次：")) !== password) {
      console.error("两次输入的密码不一致，未创建账号。");
      process.exit(1);
    }
  }
  const db = createPrismaClient();
  try {
    const result = await createAdmin(db, { username, displayName: arg("display-name"), password });
    if (!result.ok) {
      console.error(`未创建账号：\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
      process.exit(1);
    }
    console.log(`[柳市] 已创建管理员 ${result.username}（已记入审计日志）。`);
    if (result.oneTimePassword) console.log(`[柳市] 一次性密码：${result.oneTimePassword}\n首次登录后须立即修改。此密码只显示这一次。`);
  } finally {
    await db.$disconnect();
  }
}

void main();
