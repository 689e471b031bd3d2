package dev.meshport.validator.config;

/** A config that cannot be used, with where: {@code file:line:column: problem}. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
    }
}
