-- Server-side login sessions (issue 12, item 8): logout ends the session in the database, so a
-- copied session cookie stops working on every app process. Rows are made at login, ended at
-- logout and deleted some time after their absolute end (lib/auth/login-session.ts).

-- CreateTable
CREATE TABLE "login_session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "login_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "login_session_userId_idx" ON "login_session"("userId");

-- CreateIndex
CREATE INDEX "login_session_expiresAt_idx" ON "login_session"("expiresAt");

-- AddForeignKey
ALTER TABLE "login_session" ADD CONSTRAINT "login_session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written invariants.
ALTER TABLE "login_session" ADD CONSTRAINT "login_session_id_check" CHECK (length("id") BETWEEN 22 AND 64);
ALTER TABLE "login_session" ADD CONSTRAINT "login_session_times_check" CHECK ("expiresAt" > "createdAt" AND ("endedAt" IS NULL OR "endedAt" >= "createdAt"));
