/**
 * The command line: picocli subcommands, their options and the exit codes scripts rely on.
 */
package org.scorecards.cli;
