package dev.meshport.cli.lint;

/** The escaping functions of {@link GithubFormat}, for tests in other packages. */
public final class GithubFormatAccess {

    private GithubFormatAccess() {}

    public static String data(String s) {
        return GithubFormat.data(s);
    }

    public static String property(String s) {
        return GithubFormat.property(s);
    }
}
