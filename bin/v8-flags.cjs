// V8 settings of the CLI's process (its worker threads share them), set by bin/perfgoal.js before
// any of perfgoal's code is compiled, and by the build when it makes the code caches (a cache
// is only taken by a process with the same settings).
//
// A check spends much of its time waiting for V8's optimising compiler: on the 7.5 MB benchmark
// it compiled for 2.4 s of CPU, on the second core, while the first ran the code unoptimised.
// Inlining less per function halves that compile time and the optimised code is no slower here:
// instructions of a whole single-threaded run (valgrind), default → this setting: 300 tables
// 3.85 → 3.26 G (−15 %), 1,000 tables 6.68 → 5.98 G (−11 %); per table past the first 300,
// 4.04 → 3.88 M. (100 and 50 measured the same as 150: 5.94, 5.92 G; V8's default is 920.)
"use strict";
module.exports = ["--max-inlined-bytecode-size-cumulative=150"];
