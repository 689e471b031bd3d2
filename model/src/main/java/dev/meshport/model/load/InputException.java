package dev.meshport.model.load;

/** An input that cannot be read at all: a missing path, a directory without permission. A usage error, not a finding. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    public InputException(String message) {
        super(message);
    }
}
