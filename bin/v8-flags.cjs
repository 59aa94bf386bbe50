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
//
// A check of one small file runs most of its regular expressions a few times each: compiling
// each to machine code on its second run (V8's default) costs more than it saves. Tiering up
// after 100 runs saves ~10 M of the ~240 M instructions perfgoal adds to `node -e 0` on the sample
// (callgrind, 3 runs each: 328 → 318 M in all) and took `check <sample>` / `node -e 0` from 1.63–1.64×
// to 1.57–1.58× (medians of 40 paired runs, twice each). A regular expression run on a long text
// (1,000 characters and more) is compiled at once whatever this says, so large inputs lose nothing.
"use strict";
module.exports = ["--max-inlined-bytecode-size-cumulative=150", "--regexp-tier-up-ticks=100"];
