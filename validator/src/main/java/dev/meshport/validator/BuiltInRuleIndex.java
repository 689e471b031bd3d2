package dev.meshport.validator;

import dev.meshport.model.Severity;
import java.util.List;

// GENERATED from CoreRules, IstioRules and LinkerdRules and their rules' @RuleMeta by BuiltInRuleIndexFileTest;
// do not edit. After adding a rule or changing its @RuleMeta, regenerate it with:
//   mvn -B -o -q test -pl validator -am -Dtest=BuiltInRuleIndexFileTest -Dsurefire.failIfNoSpecifiedTests=false -Dmeshport.rules.write=true
/** The built-in rules' {@link RuleInfo}, sorted by id, and a factory of each: a lint reads no annotation. */
final class BuiltInRuleIndex {

    private BuiltInRuleIndex() {}

    static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo("invalid-field-value", Severity.ERROR, "both", List.of(), false),
                new RuleInfo("istio-ambient-l7-without-waypoint", Severity.WARNING, "istio", List.of("AuthorizationPolicy", "RequestAuthentication", "VirtualService", "DestinationRule", "Namespace"), false),
                new RuleInfo("istio-ambient-policy-uses-selector", Severity.WARNING, "istio", List.of("AuthorizationPolicy", "RequestAuthentication", "Namespace"), false),
                new RuleInfo("istio-ap-action-mismatch", Severity.ERROR, "istio", List.of("AuthorizationPolicy"), false),
                new RuleInfo("istio-ap-host-not-found", Severity.ERROR, "istio", List.of("AuthorizationPolicy", "Service", "ServiceEntry"), true),
                new RuleInfo("istio-ap-identity-without-mtls", Severity.ERROR, "istio", List.of("AuthorizationPolicy", "PeerAuthentication"), false),
                new RuleInfo("istio-ap-invalid-condition", Severity.ERROR, "istio", List.of("AuthorizationPolicy"), false),
                new RuleInfo("istio-ap-invalid-rule", Severity.ERROR, "istio", List.of("AuthorizationPolicy"), false),
                new RuleInfo("istio-ap-namespace-not-found", Severity.WARNING, "istio", List.of("AuthorizationPolicy", "Namespace"), true),
                new RuleInfo("istio-ap-principal-format", Severity.WARNING, "istio", List.of("AuthorizationPolicy"), false),
                new RuleInfo("istio-ap-principal-not-found", Severity.ERROR, "istio", List.of("AuthorizationPolicy", "ServiceAccount"), true),
                new RuleInfo("istio-ap-unknown-method", Severity.WARNING, "istio", List.of("AuthorizationPolicy"), false),
                new RuleInfo("istio-conflicting-workload-selectors", Severity.ERROR, "istio", List.of("Sidecar", "PeerAuthentication", "Telemetry", "Deployment", "StatefulSet", "DaemonSet", "Pod"), false),
                new RuleInfo("istio-deprecated-field", Severity.WARNING, "istio", List.of("VirtualService", "DestinationRule", "Sidecar"), false),
                new RuleInfo("istio-dr-host-not-found", Severity.WARNING, "istio", List.of("DestinationRule", "Service", "ServiceEntry"), true),
                new RuleInfo("istio-dr-invalid-traffic-policy", Severity.ERROR, "istio", List.of("DestinationRule"), false),
                new RuleInfo("istio-dr-mtls-without-peer-authentication", Severity.ERROR, "istio", List.of("DestinationRule", "PeerAuthentication"), true),
                new RuleInfo("istio-dr-multiple-for-host", Severity.WARNING, "istio", List.of("DestinationRule"), false),
                new RuleInfo("istio-dr-subset-selects-no-pods", Severity.ERROR, "istio", List.of("DestinationRule", "Service", "Deployment", "StatefulSet", "DaemonSet", "Pod"), false),
                new RuleInfo("istio-dr-subset-without-labels", Severity.WARNING, "istio", List.of("DestinationRule"), false),
                new RuleInfo("istio-dr-tls-disable-conflicts-with-strict", Severity.ERROR, "istio", List.of("DestinationRule", "PeerAuthentication"), false),
                new RuleInfo("istio-dr-tls-overridden", Severity.WARNING, "istio", List.of("DestinationRule"), false),
                new RuleInfo("istio-dr-tls-without-ca-certificates", Severity.WARNING, "istio", List.of("DestinationRule"), false),
                new RuleInfo("istio-envoyfilter-ineffective-operation", Severity.ERROR, "istio", List.of("EnvoyFilter"), false),
                new RuleInfo("istio-envoyfilter-invalid", Severity.ERROR, "istio", List.of("EnvoyFilter"), false),
                new RuleInfo("istio-envoyfilter-relative-operation", Severity.WARNING, "istio", List.of("EnvoyFilter"), false),
                new RuleInfo("istio-export-to-namespace-not-found", Severity.ERROR, "istio", List.of("VirtualService", "DestinationRule", "ServiceEntry", "Namespace"), true),
                new RuleInfo("istio-external-name-service-port", Severity.WARNING, "istio", List.of("Service"), false),
                new RuleInfo("istio-gateway-conflict", Severity.ERROR, "istio", List.of("Gateway"), false),
                new RuleInfo("istio-gateway-duplicate-certificate", Severity.WARNING, "istio", List.of("Gateway"), false),
                new RuleInfo("istio-gateway-invalid-server", Severity.ERROR, "istio", List.of("Gateway"), false),
                new RuleInfo("istio-gateway-port-not-on-service", Severity.WARNING, "istio", List.of("Gateway", "Service"), false),
                new RuleInfo("istio-gateway-selector-not-found", Severity.WARNING, "istio", List.of("Gateway", "Deployment", "StatefulSet", "DaemonSet", "Pod"), true),
                new RuleInfo("istio-ineffective-gateway-selector", Severity.WARNING, "istio", List.of("AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "Deployment", "Pod"), false),
                new RuleInfo("istio-invalid-duration", Severity.ERROR, "istio", List.of("VirtualService", "DestinationRule", "Sidecar", "RequestAuthentication", "Telemetry"), false),
                new RuleInfo("istio-invalid-export-to", Severity.ERROR, "istio", List.of("VirtualService", "DestinationRule", "ServiceEntry"), false),
                new RuleInfo("istio-invalid-selector-labels", Severity.ERROR, "istio", List.of("AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "Telemetry", "WasmPlugin", "DestinationRule", "ServiceEntry", "Sidecar", "EnvoyFilter"), false),
                new RuleInfo("istio-invalid-subset-name", Severity.ERROR, "istio", List.of("DestinationRule", "VirtualService"), false),
                new RuleInfo("istio-jwks-fetch-unrestricted", Severity.WARNING, "istio", List.of("RequestAuthentication", "Deployment"), false),
                new RuleInfo("istio-missing-required-field", Severity.ERROR, "istio", List.of("VirtualService", "DestinationRule", "Gateway", "ServiceEntry", "Sidecar", "AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "EnvoyFilter"), false),
                new RuleInfo("istio-multiple-namespace-wide-policies", Severity.ERROR, "istio", List.of("Sidecar", "PeerAuthentication", "Telemetry"), false),
                new RuleInfo("istio-namespace-multiple-injection-labels", Severity.WARNING, "istio", List.of("Namespace"), false),
                new RuleInfo("istio-pa-invalid-port-level-mtls", Severity.ERROR, "istio", List.of("PeerAuthentication"), false),
                new RuleInfo("istio-percentage-out-of-range", Severity.ERROR, "istio", List.of("VirtualService", "DestinationRule", "Telemetry"), false),
                new RuleInfo("istio-policy-invalid-target", Severity.ERROR, "istio", List.of("AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "EnvoyFilter"), false),
                new RuleInfo("istio-port-name-mismatch", Severity.WARNING, "istio", List.of("Gateway", "ServiceEntry"), false),
                new RuleInfo("istio-ra-invalid-jwt-rule", Severity.ERROR, "istio", List.of("RequestAuthentication"), false),
                new RuleInfo("istio-reserved-proxy-uid", Severity.WARNING, "istio", List.of("Deployment", "StatefulSet", "DaemonSet", "Pod"), false),
                new RuleInfo("istio-se-addresses-required", Severity.WARNING, "istio", List.of("ServiceEntry"), false),
                new RuleInfo("istio-se-conflicting-protocol", Severity.WARNING, "istio", List.of("ServiceEntry"), false),
                new RuleInfo("istio-se-duplicate-host-port", Severity.WARNING, "istio", List.of("ServiceEntry"), false),
                new RuleInfo("istio-se-invalid", Severity.ERROR, "istio", List.of("ServiceEntry"), false),
                new RuleInfo("istio-selector-matches-no-workload", Severity.WARNING, "istio", List.of("AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication", "Sidecar", "Deployment", "StatefulSet", "DaemonSet", "Pod"), false),
                new RuleInfo("istio-service-port-name", Severity.INFO, "istio", List.of("Service"), false),
                new RuleInfo("istio-sidecar-egress-host-not-found", Severity.WARNING, "istio", List.of("Sidecar", "Service", "ServiceEntry"), true),
                new RuleInfo("istio-sidecar-in-ambient-namespace", Severity.WARNING, "istio", List.of("Sidecar", "Namespace"), false),
                new RuleInfo("istio-sidecar-invalid", Severity.ERROR, "istio", List.of("Sidecar"), false),
                new RuleInfo("istio-sidecar-outbound-mode-unset", Severity.INFO, "istio", List.of("Sidecar"), false),
                new RuleInfo("istio-sidecar-root-selector", Severity.WARNING, "istio", List.of("Sidecar"), false),
                new RuleInfo("istio-telemetry-invalid", Severity.ERROR, "istio", List.of("Telemetry"), false),
                new RuleInfo("istio-vs-conflicting-mesh-hosts", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-destination-host-not-found", Severity.ERROR, "istio", List.of("VirtualService", "Service", "ServiceEntry"), true),
                new RuleInfo("istio-vs-destination-port-not-found", Severity.ERROR, "istio", List.of("VirtualService", "Service", "ServiceEntry"), false),
                new RuleInfo("istio-vs-destination-port-required", Severity.ERROR, "istio", List.of("VirtualService", "Service"), false),
                new RuleInfo("istio-vs-gateway-not-found", Severity.ERROR, "istio", List.of("VirtualService", "Gateway"), false),
                new RuleInfo("istio-vs-host-not-in-gateway", Severity.WARNING, "istio", List.of("VirtualService", "Gateway"), false),
                new RuleInfo("istio-vs-ineffective-match", Severity.INFO, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-ingress-rules-not-affected", Severity.WARNING, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-internal-gateway", Severity.WARNING, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-invalid-hosts", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-invalid-http-route", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-invalid-redirect", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-invalid-retries", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-invalid-tls-or-tcp-route", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-invalid-weight", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-jwt-claim-route-on-mesh", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-jwt-claim-route-without-request-authentication", Severity.ERROR, "istio", List.of("VirtualService", "Gateway", "RequestAuthentication"), true),
                new RuleInfo("istio-vs-legacy-gateway-name", Severity.WARNING, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-repeated-destination", Severity.WARNING, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-route-action-conflict", Severity.ERROR, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-single-weight", Severity.WARNING, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-vs-subset-not-found", Severity.ERROR, "istio", List.of("VirtualService", "DestinationRule"), false),
                new RuleInfo("istio-vs-unreachable-rule", Severity.WARNING, "istio", List.of("VirtualService"), false),
                new RuleInfo("istio-wasmplugin-invalid", Severity.ERROR, "istio", List.of("WasmPlugin"), false),
                new RuleInfo("istio-workload-service-port-conflict", Severity.WARNING, "istio", List.of("Service", "Deployment", "StatefulSet", "DaemonSet", "Pod"), false),
                new RuleInfo("linkerd-app-protocol-opaque", Severity.WARNING, "linkerd", List.of("Service"), false),
                new RuleInfo("linkerd-authorization-policy-authentications", Severity.ERROR, "linkerd", List.of("AuthorizationPolicy"), false),
                new RuleInfo("linkerd-authorization-policy-target", Severity.ERROR, "linkerd", List.of("AuthorizationPolicy"), false),
                new RuleInfo("linkerd-authorization-route-not-inbound", Severity.ERROR, "linkerd", List.of("AuthorizationPolicy", "HTTPRoute", "GRPCRoute"), false),
                new RuleInfo("linkerd-backend-kind", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"), false),
                new RuleInfo("linkerd-backend-request-timeout", Severity.WARNING, "linkerd", List.of("HTTPRoute"), false),
                new RuleInfo("linkerd-backend-service-port", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute"), false),
                new RuleInfo("linkerd-config-as-label", Severity.WARNING, "linkerd", List.of("Namespace", "Service", "Pod", "Deployment", "StatefulSet", "DaemonSet"), false),
                new RuleInfo("linkerd-deprecated", Severity.INFO, "linkerd", List.of("ServerAuthorization", "ServiceProfile", "TrafficSplit", "Server", "HTTPRoute"), false),
                new RuleInfo("linkerd-egress-parent-port", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"), false),
                new RuleInfo("linkerd-field-not-in-version", Severity.ERROR, "linkerd", List.of("Server", "HTTPRoute"), false),
                new RuleInfo("linkerd-gateway-field-ignored", Severity.WARNING, "linkerd", List.of("HTTPRoute", "GRPCRoute"), false),
                new RuleInfo("linkerd-grpc-method-regex", Severity.ERROR, "linkerd", List.of("GRPCRoute"), false),
                new RuleInfo("linkerd-invalid-annotation", Severity.ERROR, "linkerd", List.of("Service", "EgressNetwork", "HTTPRoute", "GRPCRoute", "Namespace", "Pod", "Deployment", "StatefulSet", "DaemonSet"), false),
                new RuleInfo("linkerd-invalid-enum-value", Severity.ERROR, "linkerd", List.of("Server", "HTTPRoute", "GRPCRoute", "EgressNetwork", "ServerAuthorization"), false),
                new RuleInfo("linkerd-invalid-format", Severity.ERROR, "linkerd", List.of("Server", "ServerAuthorization", "AuthorizationPolicy", "MeshTLSAuthentication", "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "HTTPLocalRateLimitPolicy", "ExternalWorkload"), false),
                new RuleInfo("linkerd-invalid-network", Severity.ERROR, "linkerd", List.of("NetworkAuthentication", "ServerAuthorization", "EgressNetwork"), false),
                new RuleInfo("linkerd-meshtls-identity", Severity.ERROR, "linkerd", List.of("MeshTLSAuthentication"), false),
                new RuleInfo("linkerd-missing-reference", Severity.ERROR, "linkerd", List.of("AuthorizationPolicy", "ServerAuthorization", "HTTPLocalRateLimitPolicy", "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"), false),
                new RuleInfo("linkerd-missing-required-field", Severity.ERROR, "linkerd", List.of("Server", "ServerAuthorization", "AuthorizationPolicy", "MeshTLSAuthentication", "NetworkAuthentication", "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "HTTPLocalRateLimitPolicy", "EgressNetwork", "ExternalWorkload", "ServiceProfile", "TrafficSplit"), false),
                new RuleInfo("linkerd-one-of", Severity.ERROR, "linkerd", List.of("Server", "ServerAuthorization", "MeshTLSAuthentication"), false),
                new RuleInfo("linkerd-opaque-ports-mismatch", Severity.WARNING, "linkerd", List.of("Service", "Pod", "Deployment", "StatefulSet", "DaemonSet", "Namespace"), false),
                new RuleInfo("linkerd-parent-ref-default", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"), false),
                new RuleInfo("linkerd-parent-service-headless", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "Service"), false),
                new RuleInfo("linkerd-probes-unrouted", Severity.WARNING, "linkerd", List.of("Server", "HTTPRoute", "Pod", "Deployment", "StatefulSet", "DaemonSet"), false),
                new RuleInfo("linkerd-rate-limit-conflict", Severity.ERROR, "linkerd", List.of("HTTPLocalRateLimitPolicy"), false),
                new RuleInfo("linkerd-rate-limit-policy", Severity.ERROR, "linkerd", List.of("HTTPLocalRateLimitPolicy"), false),
                new RuleInfo("linkerd-route-filter", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute"), false),
                new RuleInfo("linkerd-route-kind-conflict", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"), false),
                new RuleInfo("linkerd-route-match", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute"), false),
                new RuleInfo("linkerd-route-timeouts", Severity.ERROR, "linkerd", List.of("HTTPRoute"), false),
                new RuleInfo("linkerd-server-authorization-client", Severity.ERROR, "linkerd", List.of("ServerAuthorization"), false),
                new RuleInfo("linkerd-server-port-not-found", Severity.WARNING, "linkerd", List.of("Server", "Pod", "Deployment", "StatefulSet", "DaemonSet"), false),
                new RuleInfo("linkerd-server-port-overlap", Severity.WARNING, "linkerd", List.of("Server", "Pod", "Deployment", "StatefulSet", "DaemonSet"), false),
                new RuleInfo("linkerd-service-not-found", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "Service"), true),
                new RuleInfo("linkerd-service-profile-invalid", Severity.ERROR, "linkerd", List.of("ServiceProfile"), false),
                new RuleInfo("linkerd-service-profile-overrides", Severity.WARNING, "linkerd", List.of("ServiceProfile", "HTTPRoute", "GRPCRoute", "Service"), false),
                new RuleInfo("linkerd-single-rule", Severity.ERROR, "linkerd", List.of("TLSRoute", "TCPRoute"), false),
                new RuleInfo("linkerd-unsupported-filter", Severity.ERROR, "linkerd", List.of("HTTPRoute", "GRPCRoute"), false),
                new RuleInfo("not-a-manifest", Severity.WARNING, "both", List.of(), false),
                new RuleInfo("unknown-field", Severity.ERROR, "both", List.of(), false),
                new RuleInfo("unknown-kind", Severity.ERROR, "both", List.of(), false),
                new RuleInfo("yaml-duplicate-key", Severity.ERROR, "both", List.of(), false),
                new RuleInfo("yaml-limits", Severity.ERROR, "both", List.of(), false),
                new RuleInfo("yaml-syntax", Severity.ERROR, "both", List.of(), false)
        );
    }

    /** A new instance of the rule at {@code index} of {@link #rules()}. */
    static Rule create(int index) {
        return switch (index) {
            case 0 -> new dev.meshport.validator.core.InvalidFieldValue();
            case 1 -> new dev.meshport.validator.istio.ambient.AmbientL7WithoutWaypoint();
            case 2 -> new dev.meshport.validator.istio.ambient.AmbientPolicyUsesSelector();
            case 3 -> new dev.meshport.validator.istio.security.ApActionMismatch();
            case 4 -> new dev.meshport.validator.istio.security.ApHostNotFound();
            case 5 -> new dev.meshport.validator.istio.security.ApIdentityWithoutMtls();
            case 6 -> new dev.meshport.validator.istio.security.ApInvalidCondition();
            case 7 -> new dev.meshport.validator.istio.security.ApEmptyRulePart();
            case 8 -> new dev.meshport.validator.istio.security.ApNamespaceNotFound();
            case 9 -> new dev.meshport.validator.istio.security.ApPrincipalFormat();
            case 10 -> new dev.meshport.validator.istio.security.ApPrincipalNotFound();
            case 11 -> new dev.meshport.validator.istio.security.ApUnknownMethod();
            case 12 -> new dev.meshport.validator.istio.sidecar.ConflictingWorkloadSelectors();
            case 13 -> new dev.meshport.validator.istio.DeprecatedField();
            case 14 -> new dev.meshport.validator.istio.destinationrule.DrHostNotFound();
            case 15 -> new dev.meshport.validator.istio.destinationrule.DrInvalidTrafficPolicy();
            case 16 -> new dev.meshport.validator.istio.destinationrule.DrMtlsWithoutPeerAuthentication();
            case 17 -> new dev.meshport.validator.istio.destinationrule.DrMultipleForHost();
            case 18 -> new dev.meshport.validator.istio.destinationrule.DrSubsetSelectsNoPods();
            case 19 -> new dev.meshport.validator.istio.destinationrule.DrSubsetWithoutLabels();
            case 20 -> new dev.meshport.validator.istio.destinationrule.DrDisableConflictsWithStrict();
            case 21 -> new dev.meshport.validator.istio.destinationrule.DrTlsOverridden();
            case 22 -> new dev.meshport.validator.istio.destinationrule.DrTlsWithoutCaCertificates();
            case 23 -> new dev.meshport.validator.istio.EnvoyFilterIneffectiveOperation();
            case 24 -> new dev.meshport.validator.istio.EnvoyFilterInvalid();
            case 25 -> new dev.meshport.validator.istio.EnvoyFilterRelativeOperation();
            case 26 -> new dev.meshport.validator.istio.ExportToNamespaceNotFound();
            case 27 -> new dev.meshport.validator.istio.workload.ExternalNameServicePort();
            case 28 -> new dev.meshport.validator.istio.gateway.GatewayConflict();
            case 29 -> new dev.meshport.validator.istio.gateway.GatewayDuplicateCertificate();
            case 30 -> new dev.meshport.validator.istio.gateway.GatewayInvalidServer();
            case 31 -> new dev.meshport.validator.istio.gateway.GatewayPortNotOnService();
            case 32 -> new dev.meshport.validator.istio.gateway.GatewaySelectorNotFound();
            case 33 -> new dev.meshport.validator.istio.security.IneffectiveGatewaySelector();
            case 34 -> new dev.meshport.validator.istio.schema.InvalidDuration();
            case 35 -> new dev.meshport.validator.istio.InvalidExportTo();
            case 36 -> new dev.meshport.validator.istio.InvalidSelectorLabels();
            case 37 -> new dev.meshport.validator.istio.destinationrule.InvalidSubsetName();
            case 38 -> new dev.meshport.validator.istio.workload.JwksFetchUnrestricted();
            case 39 -> new dev.meshport.validator.istio.schema.MissingRequiredField();
            case 40 -> new dev.meshport.validator.istio.sidecar.NamespaceWidePolicyConflict();
            case 41 -> new dev.meshport.validator.istio.workload.NamespaceInjectionLabels();
            case 42 -> new dev.meshport.validator.istio.security.PaPortLevelMtls();
            case 43 -> new dev.meshport.validator.istio.PercentageOutOfRange();
            case 44 -> new dev.meshport.validator.istio.security.PolicyInvalidTarget();
            case 45 -> new dev.meshport.validator.istio.PortNameConvention();
            case 46 -> new dev.meshport.validator.istio.security.RaInvalidJwtRule();
            case 47 -> new dev.meshport.validator.istio.workload.ReservedProxyUid();
            case 48 -> new dev.meshport.validator.istio.serviceentry.SeAddressesRequired();
            case 49 -> new dev.meshport.validator.istio.serviceentry.SeConflictingProtocol();
            case 50 -> new dev.meshport.validator.istio.serviceentry.SeDuplicateHostPort();
            case 51 -> new dev.meshport.validator.istio.serviceentry.SeInvalid();
            case 52 -> new dev.meshport.validator.istio.security.ApNoMatchingWorkload();
            case 53 -> new dev.meshport.validator.istio.workload.ServicePortNameConvention();
            case 54 -> new dev.meshport.validator.istio.sidecar.SidecarEgressHostNotFound();
            case 55 -> new dev.meshport.validator.istio.sidecar.SidecarInAmbientNamespace();
            case 56 -> new dev.meshport.validator.istio.sidecar.SidecarInvalid();
            case 57 -> new dev.meshport.validator.istio.sidecar.SidecarOutboundModeUnset();
            case 58 -> new dev.meshport.validator.istio.sidecar.SidecarRootSelector();
            case 59 -> new dev.meshport.validator.istio.TelemetryInvalid();
            case 60 -> new dev.meshport.validator.istio.virtualservice.VsConflictingMeshHosts();
            case 61 -> new dev.meshport.validator.istio.virtualservice.VsDestinationHostNotFound();
            case 62 -> new dev.meshport.validator.istio.virtualservice.VsDestinationPortNotFound();
            case 63 -> new dev.meshport.validator.istio.virtualservice.VsDestinationPortRequired();
            case 64 -> new dev.meshport.validator.istio.virtualservice.VsGatewayNotFound();
            case 65 -> new dev.meshport.validator.istio.virtualservice.VsHostNotInGateway();
            case 66 -> new dev.meshport.validator.istio.virtualservice.VsIneffectiveMatch();
            case 67 -> new dev.meshport.validator.istio.virtualservice.VsIngressRulesNotAffected();
            case 68 -> new dev.meshport.validator.istio.virtualservice.VsInternalGateway();
            case 69 -> new dev.meshport.validator.istio.virtualservice.VsInvalidHosts();
            case 70 -> new dev.meshport.validator.istio.virtualservice.VsInvalidHttpRoute();
            case 71 -> new dev.meshport.validator.istio.virtualservice.VsInvalidRedirect();
            case 72 -> new dev.meshport.validator.istio.virtualservice.VsInvalidRetries();
            case 73 -> new dev.meshport.validator.istio.virtualservice.VsInvalidTlsRoute();
            case 74 -> new dev.meshport.validator.istio.virtualservice.VsInvalidWeight();
            case 75 -> new dev.meshport.validator.istio.virtualservice.VsJwtClaimRouteWithoutGateway();
            case 76 -> new dev.meshport.validator.istio.virtualservice.VsJwtClaimRouteWithoutRequestAuthentication();
            case 77 -> new dev.meshport.validator.istio.virtualservice.VsLegacyGatewayName();
            case 78 -> new dev.meshport.validator.istio.virtualservice.VsRepeatedSubset();
            case 79 -> new dev.meshport.validator.istio.virtualservice.VsRouteActionConflict();
            case 80 -> new dev.meshport.validator.istio.virtualservice.VsSingleWeight();
            case 81 -> new dev.meshport.validator.istio.virtualservice.VsSubsetNotFound();
            case 82 -> new dev.meshport.validator.istio.virtualservice.VsUnreachableRule();
            case 83 -> new dev.meshport.validator.istio.WasmPluginInvalid();
            case 84 -> new dev.meshport.validator.istio.workload.WorkloadServicePortConflict();
            case 85 -> new dev.meshport.validator.linkerd.traps.AppProtocolOpaque();
            case 86 -> new dev.meshport.validator.linkerd.webhook.AuthorizationPolicyAuthentications();
            case 87 -> new dev.meshport.validator.linkerd.webhook.AuthorizationPolicyTarget();
            case 88 -> new dev.meshport.validator.linkerd.controller.AuthorizationRouteNotInbound();
            case 89 -> new dev.meshport.validator.linkerd.controller.BackendKind();
            case 90 -> new dev.meshport.validator.linkerd.controller.BackendRequestTimeout();
            case 91 -> new dev.meshport.validator.linkerd.webhook.BackendServicePort();
            case 92 -> new dev.meshport.validator.linkerd.traps.ConfigAsLabel();
            case 93 -> new dev.meshport.validator.linkerd.deprecation.DeprecatedKind();
            case 94 -> new dev.meshport.validator.linkerd.webhook.EgressParentPort();
            case 95 -> new dev.meshport.validator.linkerd.schema.FieldNotServed();
            case 96 -> new dev.meshport.validator.linkerd.controller.IgnoredGatewayField();
            case 97 -> new dev.meshport.validator.linkerd.webhook.GrpcMethodRegex();
            case 98 -> new dev.meshport.validator.linkerd.controller.InvalidAnnotation();
            case 99 -> new dev.meshport.validator.linkerd.schema.InvalidEnumValue();
            case 100 -> new dev.meshport.validator.linkerd.schema.InvalidFormat();
            case 101 -> new dev.meshport.validator.linkerd.webhook.InvalidNetwork();
            case 102 -> new dev.meshport.validator.linkerd.webhook.MeshTlsIdentity();
            case 103 -> new dev.meshport.validator.linkerd.controller.MissingReference();
            case 104 -> new dev.meshport.validator.linkerd.schema.MissingRequiredField();
            case 105 -> new dev.meshport.validator.linkerd.schema.OneOfFields();
            case 106 -> new dev.meshport.validator.linkerd.traps.OpaquePortsMismatch();
            case 107 -> new dev.meshport.validator.linkerd.controller.ParentRefDefault();
            case 108 -> new dev.meshport.validator.linkerd.controller.HeadlessParent();
            case 109 -> new dev.meshport.validator.linkerd.traps.ProbesUnrouted();
            case 110 -> new dev.meshport.validator.linkerd.controller.RateLimitConflict();
            case 111 -> new dev.meshport.validator.linkerd.webhook.RateLimitPolicy();
            case 112 -> new dev.meshport.validator.linkerd.webhook.RouteFilter();
            case 113 -> new dev.meshport.validator.linkerd.controller.RouteKindConflict();
            case 114 -> new dev.meshport.validator.linkerd.webhook.RouteMatch();
            case 115 -> new dev.meshport.validator.linkerd.webhook.RouteTimeouts();
            case 116 -> new dev.meshport.validator.linkerd.webhook.ServerAuthorizationClient();
            case 117 -> new dev.meshport.validator.linkerd.traps.ServerPortNotFound();
            case 118 -> new dev.meshport.validator.linkerd.controller.ServerPortOverlap();
            case 119 -> new dev.meshport.validator.linkerd.controller.ServiceNotFound();
            case 120 -> new dev.meshport.validator.linkerd.webhook.ServiceProfileInvalid();
            case 121 -> new dev.meshport.validator.linkerd.traps.ServiceProfileOverrides();
            case 122 -> new dev.meshport.validator.linkerd.webhook.SingleRule();
            case 123 -> new dev.meshport.validator.linkerd.controller.UnsupportedFilter();
            case 124 -> new dev.meshport.validator.core.NotAManifest();
            case 125 -> new dev.meshport.validator.core.UnknownField();
            case 126 -> new dev.meshport.validator.core.UnknownKind();
            case 127 -> new dev.meshport.validator.core.YamlDuplicateKey();
            case 128 -> new dev.meshport.validator.core.YamlLimits();
            case 129 -> new dev.meshport.validator.core.YamlSyntax();
            default -> throw new IndexOutOfBoundsException(index);
        };
    }
}
