package dev.meshport.cli;

/** A problem the user can fix (a bad path, an unwritable output): exit 2 with the message, no stack trace. */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
