// Builds the back office into web/dist, which the API process serves at `/` (src/platform/http/web-app.ts).
// In development `npm run dev -w web` proxies /api to a running Emporium on port 3000.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
