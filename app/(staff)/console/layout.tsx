import { SiteHeader } from "@/components/ui/site-header";
import { ConsoleNav } from "@/components/ui/console-nav";
import { requireUser } from "@/lib/auth/require-user";
import { logOut } from "@/lib/actions/log-out";
import { getInboxCount } from "@/lib/dal/inbox";
import { ROLE_LABEL } from "@/lib/labels";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser({ allowPasswordChangePending: true });
  return (
    <>
      <SiteHeader>
        <span>{user.displayName} · {ROLE_LABEL[user.role]}</span>
        <form action={logOut}>
          <button type="submit" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">退出</button>
        </form>
      </SiteHeader>
      {!user.mustChangePassword && <ConsoleNav role={user.role} inboxCount={await getInboxCount(user)} />}
      {children}
    </>
  );
}
