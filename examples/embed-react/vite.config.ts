import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', chunkSizeWarningLimit: 1000 },
  test: { environment: 'jsdom', include: ['src/**/*.test.tsx'] },
} as Parameters<typeof defineConfig>[0]);
