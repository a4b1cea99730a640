import { notFound } from "next/navigation";

// Where the proxy rewrites a console address that the signed-in user may not open (another
// role's section, another department's measure, an unknown id: lib/auth/console-access.ts). It
// answers notFound() while the build prerenders it, so it is kept with a 404 status and served
// with it, showing app/(staff)/not-found.tsx. The console pages themselves cannot: their
// prerendered shell (status 200) starts the response before their own checks run.
export default function RefusedPage(): never {
  notFound();
}
