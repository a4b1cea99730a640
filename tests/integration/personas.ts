import type { Db } from "@/lib/prisma-client";
import type { Persona } from "../support/action-catalog";
import { actorOf } from "../support/db-utils";
import { signInAs } from "./session";

export async function signInPersona(db: Db, persona: Persona, fx: { own: string; outsider: string }) {
  const username = { anonymous: null, outsider: fx.outsider, officer: fx.own, leader: "leader", admin: "admin" }[persona];
  signInAs(username ? await actorOf(db, username) : null);
}
