// The demo seed lives in prisma/seed/; this file keeps `import … from "../prisma/seed"` short.
export * from "./seed/index";
