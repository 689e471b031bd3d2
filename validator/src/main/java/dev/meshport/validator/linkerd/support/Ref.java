package dev.meshport.validator.linkerd.support;

import dev.meshport.model.FieldPath;
import java.util.Locale;

/**
 * A reference written in a Linkerd or Gateway API resource ({@code targetRef}, {@code parentRefs[]},
 * {@code backendRefs[]}, {@code requiredAuthenticationRefs[]}), with the defaults of its CRD applied. Linkerd
 * compares groups and kinds case-insensitively and reads an empty group or {@code core} as the core API group
 * ({@code policy-controller/k8s/api/src/policy.rs targets_kind}).
 *
 * @param groupWritten whether the document sets {@code group}
 * @param kindWritten  whether the document sets {@code kind}
 */
public record Ref(String group, String kind, String name, String namespace, Integer port, FieldPath path,
                  boolean groupWritten, boolean kindWritten) {

    public static final String POLICY = "policy.linkerd.io";
    public static final String GATEWAY = "gateway.networking.k8s.io";

    /** Reads the reference at {@code at}, applying {@code defaultGroup} and {@code defaultKind} when absent. */
    public static Ref read(Trees.At at, String defaultGroup, String defaultKind) {
        String group = at.text("group");
        String kind = at.text("kind");
        Integer port = at.node().path("port").isIntegralNumber() ? at.node().path("port").asInt() : null;
        return new Ref(group == null ? defaultGroup : group, kind == null ? defaultKind : kind, at.text("name"),
                at.text("namespace"), port, at.path(), group != null, kind != null);
    }

    public boolean isCoreGroup() {
        return group == null || group.isEmpty() || group.equalsIgnoreCase("core");
    }

    /** True when this refers to {@code kind} of {@code group} ("" for the core group). */
    public boolean is(String group, String kind) {
        boolean groupMatches = group.isEmpty() ? isCoreGroup() : group.equalsIgnoreCase(this.group);
        return groupMatches && kind.equalsIgnoreCase(this.kind);
    }

    /** The referenced namespace, or the referring resource's. */
    public String namespaceOr(String own) {
        return namespace == null || namespace.isEmpty() ? own : namespace;
    }

    /** {@code Kind.group} as Linkerd's messages write it ({@code Server.policy.linkerd.io}). */
    public String display() {
        return kind + (isCoreGroup() ? "" : "." + group.toLowerCase(Locale.ROOT));
    }
}
