package dev.meshport.validator.linkerd.deprecation;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = "linkerd-deprecated",
        severity = Severity.INFO,
        summary = "A Linkerd kind or version that is deprecated or no longer developed",
        mesh = "linkerd",
        kinds = {"ServerAuthorization", "ServiceProfile", "TrafficSplit", "Server", "HTTPRoute"},
        equivalents = {"API server deprecation warning (Server v1alpha1/v1beta1, ServerAuthorization v1alpha1)"},
        docs = """
                These still work, but Linkerd steers away from them:

                - `Server` `v1alpha1` and `v1beta1` are deprecated versions (the API server warns); use `v1beta3`,
                  which adds `accessPolicy`;
                - `ServerAuthorization` (every version) is superseded by AuthorizationPolicy with
                  MeshTLSAuthentication / NetworkAuthentication;
                - `ServiceProfile` has been "fully supplanted by Gateway API types" since 2.16 and receives no new
                  features; use HTTPRoute/GRPCRoute plus retry and timeout annotations;
                - `TrafficSplit` and the linkerd-smi extension are deprecated; use HTTPRoute `backendRefs` weights;
                - the `policy.linkerd.io` HTTPRoute is "not actively maintained"; use the Gateway API HTTPRoute.

                Sources: the CRDs' `deprecated` flags, website `2-edge/features/{server-policy,service-profiles,
                traffic-split}.md`, `2-edge/reference/httproute.md`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta1
                # ^@1 linkerd-deprecated
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: http
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: http
                """)
public final class DeprecatedKind implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : context.manifests().all()) {
            String group = m.id().group();
            String message = switch (group + "/" + m.kind()) {
                case "policy.linkerd.io/Server" -> m.id().version().equals("v1alpha1") || m.id().version().equals("v1beta1")
                        ? "Server " + m.id().version() + " is deprecated; use policy.linkerd.io/v1beta3" : null;
                case "policy.linkerd.io/ServerAuthorization" ->
                        "ServerAuthorization is superseded by AuthorizationPolicy with MeshTLSAuthentication or NetworkAuthentication";
                case "linkerd.io/ServiceProfile" ->
                        "ServiceProfile is supplanted by Gateway API HTTPRoute/GRPCRoute and retry/timeout annotations (Linkerd 2.16)";
                case "split.smi-spec.io/TrafficSplit" ->
                        "TrafficSplit and linkerd-smi are deprecated; use weighted backendRefs of a Gateway API HTTPRoute";
                case "policy.linkerd.io/HTTPRoute" ->
                        "the policy.linkerd.io HTTPRoute is not actively maintained; use gateway.networking.k8s.io HTTPRoute";
                default -> null;
            };
            if (message != null) {
                reporter.report(m, FieldPath.of("apiVersion"), message);
            }
        }
    }
}
