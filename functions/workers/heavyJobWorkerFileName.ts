/** Name of the bundled worker entry, written next to the bundle that starts the pool (`dist/functions/index.js`). */
export const HEAVY_JOB_WORKER_FILE_NAME = "heavyJobWorker.js";
