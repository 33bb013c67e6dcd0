// A worker entry that never finishes loading (it waits forever, without spending CPU): the pool's
// threads cannot start, as when a bundle is broken or its heap limit too low to load it.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
module.exports = () => undefined;
