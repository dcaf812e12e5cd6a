/**
 * Every benchmark of {@code portdrill bench}: the FSRS simulation against ts-fsrs ({@link com.portdrill.bench.SrsBench}),
 * saving and opening progress ({@link com.portdrill.bench.SaveBench}), explaining a large scan
 * ({@link com.portdrill.bench.ScanBench}), the optimiser against fsrs-rs ({@link com.portdrill.bench.OptimizeBench})
 * and start-up measured from outside ({@link com.portdrill.bench.StartupBench} and its probes). The picocli commands
 * in {@code cli} only declare their options and call these.
 */
package com.portdrill.bench;
