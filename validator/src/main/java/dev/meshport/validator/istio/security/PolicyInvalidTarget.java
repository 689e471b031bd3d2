package dev.meshport.validator.istio.security;

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
import java.util.Set;

/** Istio pkg/config/validation/validation.go validateOneOfSelectorType, validatePolicyTargetReference, validateWorkloadSelector. */
@RuleMeta(
        id = "istio-policy-invalid-target",
        severity = Severity.ERROR,
        summary = "A policy sets both selector and targetRef(s), or its targetRef is invalid",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "EnvoyFilter"},
        equivalents = {"IST0106"},
        docs = """
                A policy attaches to workloads either by `selector` or by `targetRef`/`targetRefs`, never both.
                A target reference must name a `Service`, a `ServiceEntry` (networking.istio.io) or a Gateway API
                `Gateway` (gateway.networking.k8s.io) of the policy's own namespace: Istio rejects `namespace` in
                it ("cross namespace referencing is not supported"). EnvoyFilter's `workloadSelector` and
                `targetRefs` are exclusive too.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: gateway-policy
                  namespace: shop
                spec:
                  selector:
                # ^ istio-policy-invalid-target
                    matchLabels:
                      app: web
                  targetRefs:
                  - kind: Deployment
                #   ^ istio-policy-invalid-target
                    name: web
                  action: ALLOW
                  rules:
                  - {}
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: gateway-policy
                  namespace: shop
                spec:
                  targetRefs:
                  - kind: Gateway
                    group: gateway.networking.k8s.io
                    name: web
                  action: ALLOW
                  rules:
                  - {}
                """)
public final class PolicyInvalidTarget implements Rule {

    private static final Set<String> ALLOWED = Set.of("core/Service", "/Service", "networking.istio.io/ServiceEntry",
            "gateway.networking.k8s.io/Gateway");

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (String kind : new String[] {"AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "EnvoyFilter"}) {
            for (Manifest m : MeshFacts.istio(context, kind)) {
                Field selector = Fields.at(m, kind.equals("EnvoyFilter") ? "spec.workloadSelector" : "spec.selector");
                List<Field> refs = new ArrayList<>(Fields.each(m, "spec.targetRef"));
                refs.addAll(Fields.each(m, "spec.targetRefs[*]"));
                if (selector.present() && !refs.isEmpty()) {
                    reporter.report(m, selector.path(), "only one of targetRefs or workloadSelector can be set");
                }
                for (Field ref : refs) {
                    String key = ref.key("group").text() + "/" + ref.key("kind").text();
                    if (!ALLOWED.contains(key) && !kind.equals("EnvoyFilter")) {
                        reporter.report(m, ref.path(), "targetRef must be to a Service, a ServiceEntry or a Gateway API "
                                + "Gateway, but was " + key);
                    }
                    if (ref.key("namespace").present() && !ref.key("namespace").text().isEmpty()) {
                        reporter.report(m, ref.key("namespace").path(),
                                "targetRef namespace must not be set; cross namespace referencing is not supported");
                    }
                }
            }
        }
    }
}
