/**
 * The one step from "the learner asked for this session" to a session ready to run, shared by the commands and the
 * menu so the two cannot disagree: a {@link com.portdrill.launch.Wanted} (the kind of session, its options and the
 * decks it is on) and a {@link com.portdrill.launch.Footing} (progress, the moment, the seeded random) go in; a
 * {@link com.portdrill.launch.Launch.Ready} session with its title, names and start line, or a
 * {@link com.portdrill.launch.Launch.Nothing} with its typed reason, comes out. Pure: files, the terminal and the
 * command line stay in the shell.
 */
package com.portdrill.launch;
