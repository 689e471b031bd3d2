package dev.meshport.validator.istio.ambient;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kiali business/checkers (ambient): KIA0109 authorizationpolicy.ambient.l7nowaypoint, KIA1110
 * requestauthentication.ambient.l7nowaypoint, KIA1109 virtualservice.ambient.l7nowaypoint, KIA0210
 * destinationrule.ambient.l7nowaypoint. In ambient mode only a waypoint proxy applies HTTP-level configuration.
 */
@RuleMeta(
        id = "istio-ambient-l7-without-waypoint",
        severity = Severity.WARNING,
        summary = "HTTP-level configuration in an ambient namespace that has no waypoint",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "RequestAuthentication", "VirtualService", "DestinationRule", "Namespace"},
        equivalents = {"KIA0109", "KIA1110", "KIA1109", "KIA0210"},
        docs = """
                In a namespace labelled `istio.io/dataplane-mode: ambient`, ztunnel handles only TCP; HTTP rules
                (AuthorizationPolicy methods, paths, hosts, request principals and request conditions),
                RequestAuthentications, mesh VirtualServices and DestinationRule subsets take effect only through a
                waypoint proxy. Without `istio.io/use-waypoint` on the namespace they are ignored (an ALLOW
                policy with HTTP rules then denies everything). Deploy a waypoint and label the namespace. Silent
                when the Namespace is not among the inputs.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/dataplane-mode: ambient
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: read-only
                  namespace: shop
                spec:
                  rules:
                  - to:
                    - operation:
                        methods: ["GET"]
                #       ^ istio-ambient-l7-without-waypoint
                """,
        passing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    istio.io/dataplane-mode: ambient
                    istio.io/use-waypoint: waypoint
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: read-only
                  namespace: shop
                spec:
                  rules:
                  - to:
                    - operation:
                        methods: ["GET"]
                """)
public final class AmbientL7WithoutWaypoint implements Rule {

    private static final String[] HTTP_OPERATION = {"methods", "notMethods", "paths", "notPaths", "hosts", "notHosts"};

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, Manifest> ambient = Ambient.ambientNamespaces(context);
        if (ambient.isEmpty()) {
            return;
        }
        for (String kind : new String[] {"AuthorizationPolicy", "RequestAuthentication", "VirtualService", "DestinationRule"}) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                Optional<Manifest> ns = Optional.ofNullable(ambient.get(MeshFacts.namespace(m)));
                if (ns.isEmpty() || Ambient.usesWaypoint(ns.get())) {
                    continue;
                }
                for (Field f : httpLevel(m)) {
                    reporter.report(m, f.path(), kind + " setting " + f.name() + " needs a waypoint, but ambient namespace "
                            + ns.get().id().name() + " has no istio.io/use-waypoint label");
                }
            }
        }
    }

    /** The fields of {@code m} that only a waypoint (an HTTP proxy) applies. */
    private static List<Field> httpLevel(Manifest m) {
        List<Field> out = new ArrayList<>();
        switch (m.kind()) {
            case "AuthorizationPolicy" -> {
                for (Field op : Fields.each(m, "spec.rules[*].to[*].operation")) {
                    for (String k : HTTP_OPERATION) {
                        if (op.key(k).present()) {
                            out.add(op.key(k));
                        }
                    }
                }
                for (String k : new String[] {"requestPrincipals", "notRequestPrincipals"}) {
                    out.addAll(Fields.each(m, "spec.rules[*].from[*].source." + k));
                }
                Fields.each(m, "spec.rules[*].when[*].key").stream().filter(k -> k.text().startsWith("request.")).forEach(out::add);
            }
            case "RequestAuthentication" -> out.addAll(Fields.each(m, "spec.jwtRules"));
            case "VirtualService" -> {
                if (MeshFacts.appliesToMesh(m)) {
                    out.addAll(Fields.each(m, "spec.http"));
                }
            }
            default -> out.addAll(Fields.each(m, "spec.subsets"));
        }
        return out;
    }
}
