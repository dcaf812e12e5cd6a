/**
 * Work begun on a thread of its own at start-up and awaited where it is needed: shared by the command line (the
 * deck read beside the store) and the terminal driver (the terminal opened beside the first screen's data).
 */
package com.portdrill.background;
