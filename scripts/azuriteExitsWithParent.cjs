// Preloaded into Azurite by scripts/startAzurite.ts (node -r): Azurite is started with an IPC channel,
// which the system closes when the process that started it dies, even by kill -9. Azurite then stops
// as on Ctrl-C (SIGTERM: its own clean stop) instead of running on, holding its data folder.
// The channel is unreferenced so that it never keeps Azurite alive by itself.
if (process.channel) {
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
}
