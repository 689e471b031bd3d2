package dev.meshport.cli;

/** The exit codes of every command, whatever the output format (docs: the CLI contract). */
public final class ExitCodes {
    /** Nothing at or above the --fail-on level. */
    public static final int OK = 0;
    /** Findings or gaps at or above --fail-on (malformed YAML in an input is such a finding). */
    public static final int FINDINGS = 1;
    /** Usage error, unreadable input path, unwritable output. */
    public static final int USAGE = 2;
    /** A bug in meshport: one line asking for a report; the stack trace only with --debug. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
