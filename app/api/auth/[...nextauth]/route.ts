import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
// next-auth 4 types its App Router handler as any; this is its documented call shape.
const handler: Handler = (req, ctx) => (NextAuth(authOptions()) as Handler)(req, ctx);
export { handler as GET, handler as POST };
