// `npm run db:seed`: seeds the database named by DATABASE_URL (skips if the plan is there).
import { createPrismaClient } from "@/lib/prisma-client";
import { isDemoMode } from "@/lib/demo-mode";
import { seedDatabase } from "./seed";

// Demo accounts and history only in demo mode (LIUSHI_DEMO=1, or no DATABASE_URL).
const db = createPrismaClient();
const result = await seedDatabase(db, { demo: isDemoMode(), demoHistory: process.env.SEED_DEMO_HISTORY !== "0" });
console.log(result.seeded ? `已写入种子数据：${result.measures} 项举措/项目，${result.reports} 份演示填报` : "数据库已有规划数据，跳过种子数据。");
await db.$disconnect();
