package dev.meshport.validator.linkerd.support;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes Linkerd reads. Its admission webhook validates every {@code policy.linkerd.io} HTTPRoute and every Gateway
 * API HTTPRoute, GRPCRoute, TLSRoute and TCPRoute in a cluster where it runs; its controller serves only routes whose
 * parent is a Server, an EgressNetwork or a Service ({@code policy-controller/k8s/index/src/routes}).
 */
public final class LinkerdRoutes {

    private LinkerdRoutes() {}

    /** Routes of {@code kinds} under Linkerd's admission webhook (policy.linkerd.io HTTPRoutes always count). */
    public static List<Manifest> admitted(ManifestSet set, String... kinds) {
        List<String> wanted = List.of(kinds);
        List<Manifest> out = new ArrayList<>();
        if (wanted.contains("HTTPRoute")) {
            out.addAll(LinkerdInputs.of(set, Ref.POLICY, "HTTPRoute"));
        }
        boolean linkerdInUse = LinkerdInputs.usesLinkerd(set);
        for (Manifest m : LinkerdInputs.gatewayRoutes(set)) {
            if (wanted.contains(m.kind()) && (linkerdInUse || LinkerdInputs.namesLinkerd(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Routes of {@code kinds} that Linkerd's controller serves: admitted, with a Server, EgressNetwork or Service parent. */
    public static List<Manifest> served(ManifestSet set, String... kinds) {
        List<Manifest> out = new ArrayList<>();
        for (Manifest m : admitted(set, kinds)) {
            if (parents(m).stream().anyMatch(LinkerdRoutes::isLinkerdParent)) {
                out.add(m);
            }
        }
        return out;
    }

    /** A route's parentRefs with their CRD defaults: policy.linkerd.io for a Linkerd HTTPRoute, else the Gateway API group. */
    public static List<Ref> parents(Manifest route) {
        String defaultGroup = route.id().group().equals(Ref.POLICY) ? Ref.POLICY : Ref.GATEWAY;
        List<Ref> out = new ArrayList<>();
        for (Trees.At p : Trees.each(route.tree(), "spec.parentRefs[*]")) {
            out.add(Ref.read(p, defaultGroup, "Gateway"));
        }
        return out;
    }

    public static boolean isLinkerdParent(Ref parent) {
        return parent.is(Ref.POLICY, "Server") || parent.is(Ref.POLICY, "EgressNetwork") || parent.is("", "Service");
    }

    /** Every backendRef of a route (rule level), with the CRD defaults: core group, kind Service. */
    public static List<Ref> backends(Manifest route) {
        List<Ref> out = new ArrayList<>();
        for (Trees.At b : Trees.each(route.tree(), "spec.rules[*].backendRefs[*]")) {
            out.add(Ref.read(b, "", "Service"));
        }
        return out;
    }
}
