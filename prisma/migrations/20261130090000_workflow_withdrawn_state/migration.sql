-- Issue 12 / 14: a submitted report can be withdrawn (by its officer, or replaced by a newer
-- submission for the same period). A migration of its own: PostgreSQL cannot use an enum value
-- in the transaction that adds it, and the next migration does.

-- AlterEnum
ALTER TYPE "ReviewState" ADD VALUE 'WITHDRAWN';
