package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;

/**
 * Istio pkg/config/analysis/analyzers/authn/blockedcidrs.go (IST0175 JwksUriFetchUnrestricted): fires only when the
 * istiod Deployment is among the inputs, as in istioctl's files-only mode.
 */
@RuleMeta(
        id = "istio-jwks-fetch-unrestricted",
        severity = Severity.WARNING,
        summary = "RequestAuthentications fetch jwksUri while istiod does not restrict the addresses it may fetch",
        mesh = "istio",
        kinds = {"RequestAuthentication", "Deployment"},
        equivalents = {"IST0175"},
        docs = """
                istiod fetches every RequestAuthentication's `jwksUri` itself. Without `BLOCKED_CIDRS_IN_JWKS_URIS` in
                its environment, anyone who may create a RequestAuthentication can make istiod call internal
                addresses (server-side request forgery, such as a cloud metadata endpoint). Set the variable on the
                istiod Deployment, for example to `169.254.169.254/32,10.0.0.0/8`. Reported only when the istiod
                Deployment is among the inputs.
                """,
        failing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: istiod
                  namespace: istio-system
                spec:
                  selector:
                    matchLabels:
                      app: istiod
                  template:
                    metadata:
                      labels:
                        app: istiod
                    spec:
                      containers:
                      - name: discovery
                #       ^ istio-jwks-fetch-unrestricted
                        image: istio/pilot:1.32.0
                ---
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: jwt
                spec:
                  jwtRules:
                  - issuer: https://auth.example.com
                    jwksUri: https://auth.example.com/keys
                """,
        passing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: istiod
                  namespace: istio-system
                spec:
                  selector:
                    matchLabels:
                      app: istiod
                  template:
                    metadata:
                      labels:
                        app: istiod
                    spec:
                      containers:
                      - name: discovery
                        image: istio/pilot:1.32.0
                        env:
                        - name: BLOCKED_CIDRS_IN_JWKS_URIS
                          value: 169.254.169.254/32
                ---
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: jwt
                spec:
                  jwtRules:
                  - issuer: https://auth.example.com
                    jwksUri: https://auth.example.com/keys
                """)
public final class JwksFetchUnrestricted implements Rule {

    private static final String BLOCKED = "BLOCKED_CIDRS_IN_JWKS_URIS";

    @Override
    public void check(LintContext context, Reporter reporter) {
        boolean fetches = MeshFacts.istio(context, "RequestAuthentication").stream()
                .anyMatch(ra -> !Fields.each(ra, "spec.jwtRules[*].jwksUri").isEmpty());
        if (!fetches) {
            return;
        }
        for (Manifest d : context.manifests().ofKind(Mesh.KUBERNETES, "Deployment")) {
            if (!Fields.at(d, "spec.template.metadata.labels").key("app").text().equals("istiod")) {
                continue;
            }
            for (Field container : Fields.each(d, "spec.template.spec.containers[*]")) {
                boolean discovery = container.key("name").text().equals("discovery");
                boolean restricted = container.each("env[*]").stream()
                        .anyMatch(e -> e.key("name").text().equals(BLOCKED) && !e.key("value").text().isBlank());
                if (discovery && !restricted) {
                    reporter.report(d, container.path(), "istiod fetches jwksUri of RequestAuthentications without "
                            + BLOCKED + " set");
                }
            }
        }
    }
}
