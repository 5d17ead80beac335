import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(code: string): string;
export const esbuildMinifyCss: EsbuildPlugin;
export const viteMinifyCss: VitePlugin;
