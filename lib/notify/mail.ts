import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";

// E-mail of reminders (催办), off by default: only when SMTP_URL is set, e.g.
// smtps://user:password@smtp.example.gov.cn:465. Sending never blocks or fails the action that
// asked for it: the action queues it after its transaction has committed, and a failure is
// only logged (with the number of recipients, never their addresses).

export type Mail = { to: string[]; subject: string; text: string };
export type MailOutcome = "sent" | "skipped" | "failed";

const DEFAULT_FROM = "柳市镇规划实施监测平台 <noreply@localhost>";

let cached: { url: string; transport: Transporter } | null = null;

function transportFor(url: string): Transporter {
  if (cached?.url !== url) {
    // Short timeouts: a mail server that hangs must not hold connections for minutes.
    const smtp = new SMTPTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    cached = { url, transport: nodemailer.createTransport(smtp) };
  }
  return cached.transport;
}

export async function sendMail(mail: Mail): Promise<MailOutcome> {
  const url = process.env.SMTP_URL?.trim();
  const to = [...new Set(mail.to.filter(Boolean))];
  if (!url || to.length === 0) return "skipped";
  try {
    await transportFor(url).sendMail({ from: process.env.MAIL_FROM?.trim() || DEFAULT_FROM, to, subject: mail.subject, text: mail.text });
    console.info(`[mail] sent "${mail.subject}" to ${to.length} recipient(s)`);
    return "sent";
  } catch (error) {
    console.error(`[mail] could not send "${mail.subject}" to ${to.length} recipient(s): ${(error as Error).message}`);
    return "failed";
  }
}
