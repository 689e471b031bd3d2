package dev.meshport.validator;

/** One lint check. Its metadata is its {@link RuleMeta} annotation; it reports through the {@link Reporter}. */
public interface Rule {

    void check(LintContext context, Reporter reporter);

    default RuleMeta meta() {
        RuleMeta meta = getClass().getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleMeta");
        }
        return meta;
    }
}
