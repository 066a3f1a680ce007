// `pnpm server [command]`: placeholder until the publishing loop lands.
console.error('pnpm server: chưa có.');
process.exit(1);
