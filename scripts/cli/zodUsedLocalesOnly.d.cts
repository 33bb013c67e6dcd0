import type { Plugin } from "esbuild";

/** The esbuild plugin keeping only zod's English and French locales (see zodUsedLocalesOnly.cjs). */
export declare const zodUsedLocalesOnly: Plugin;
